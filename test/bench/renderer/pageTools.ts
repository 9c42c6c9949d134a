// Page helpers shared by the renderer measurements: open the app, switch views, detect parts, GC'd heap, tracing.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { viewport } from './browser';
import { INTERACTIVE_MARK } from './selectors';
import { workPerInput, type TraceEvent } from './traceWork';

export interface OpenedApp {
  context: BrowserContext;
  page: Page;
  /** performance.mark('cairn:interactive') start time: ms from navigation start. */
  interactiveMs: number;
}

/** A fresh context (empty HTTP cache) on the host's URL, resolved once the journal says it is interactive. */
export async function openApp(browser: Browser, url: string): Promise<OpenedApp> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  const interactiveMs = await waitForMark(page, INTERACTIVE_MARK, 60_000);
  if (interactiveMs === null) throw new Error(`The journal never marked ${INTERACTIVE_MARK}`);
  return { context, page, interactiveMs };
}

export async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<number | null> {
  try {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, { timeout: timeoutMs });
  } catch {
    return null;
  }
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

/**
 * Resolves once the page's main thread has been idle for a while (three idle periods in a row with most of their time
 * left), so a measurement does not count what a view still does after it appears (late chunks, first saves).
 */
export async function waitForQuiet(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.evaluate(
    (limit) =>
      new Promise<void>((resolve) => {
        let quiet = 0;
        const check = (deadline: IdleDeadline) => {
          quiet = deadline.timeRemaining() >= 40 ? quiet + 1 : 0;
          if (quiet >= 3) resolve();
          else requestIdleCallback(check, { timeout: 1000 });
        };
        requestIdleCallback(check, { timeout: 1000 });
        setTimeout(resolve, limit);
      }),
    timeoutMs,
  );
}

export async function goToView(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${label}`) }).click();
}

/** Whether the selector shows up within the time: how the bench tells a built view from one still to come. */
export async function isPresent(page: Page, selector: string, timeoutMs = 3000): Promise<boolean> {
  try {
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: timeoutMs });
    return true;
  } catch {
    return false;
  }
}

/** JS heap in use after a full GC (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage), in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await session.detach();
  }
}

export interface Point {
  x: number;
  y: number;
}

export interface HeldMouse {
  move(to: Point): Promise<void>;
  release(): Promise<void>;
}

/**
 * Presses the left button at a point and moves it through CDP Input.dispatchMouseEvent: the call page.mouse makes,
 * without what page.mouse adds while a button is down. Playwright checks every such move for an HTML drag and drop by
 * evaluating two scripts in the page and setting a timer there: main-thread work no user's drag causes (2 to 5 ms a
 * move on the bench machine) that a trace of the page would count as the app's.
 */
export async function holdMouse(page: Page, at: Point): Promise<HeldMouse> {
  const session = await page.context().newCDPSession(page);
  let last = at;
  const send = (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased', point: Point, buttons: number) =>
    session.send('Input.dispatchMouseEvent', { type, x: point.x, y: point.y, button: 'left', buttons, clickCount: type === 'mouseMoved' ? 0 : 1 });
  await session.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: at.x, y: at.y, button: 'none', buttons: 0 });
  await send('mousePressed', at, 1);
  return {
    async move(to) {
      last = to;
      await send('mouseMoved', to, 1);
    },
    async release() {
      await send('mouseReleased', last, 0);
      await session.detach();
    },
  };
}

/**
 * Slows the page's main thread `rate` times until the returned function is called. The CDP session stays attached
 * until then: Chromium drops a session's emulation settings, CPU throttling included, as soon as it detaches.
 */
export async function throttleCpu(page: Page, rate: number): Promise<() => Promise<void>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  return async () => {
    await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await session.detach();
  };
}

const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', '__metadata'];

/** Runs the interaction under Chrome tracing and returns the main-thread work per input of the given types (ms). */
export async function traceWorkPerInput(browser: Browser, page: Page, inputTypes: readonly string[], interact: () => Promise<void>): Promise<number[]> {
  await browser.startTracing(page, { categories: traceCategories });
  try {
    await interact();
    // Lets the last inputs' frames finish inside the trace.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  const parsed = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return workPerInput(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []), inputTypes);
}
