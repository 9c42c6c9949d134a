// Cairn's Timeline view: first render and per-input pan/zoom work; runs once the view has its drawing surface.
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { fromRepeats, fromSamples, NOT_BUILT, skipped, type Measurement } from '../results';
import type { BenchHost } from './browserHost';
import { goToView, isPresent, openApp, traceWorkPerInput, waitForMark, type OpenedApp } from './pageTools';
import { TIMELINE_RENDERED_MARK, timelineSurface } from './selectors';
import { measureGestures, pan, zoom, type GesturePlan } from './timelineGestures';

export interface TimelinePlan extends GesturePlan {
  firstRenderRuns: number;
  label: string;
}

const group = 'renderer';
const subject = 'cairn';

/** From the click on Timeline to its rendered mark, or else to the frame after its surface appears. */
async function firstRender(page: Page): Promise<number | null> {
  await page.evaluate(() => {
    document.addEventListener('click', (event) => ((window as unknown as { __benchClickAt: number }).__benchClickAt = event.timeStamp), { capture: true, once: true });
  });
  await goToView(page, 'Timeline');
  const clickAt = () => page.evaluate(() => (window as unknown as { __benchClickAt: number }).__benchClickAt);
  if (!(await isPresent(page, timelineSurface, 10_000))) return null;
  const marked = await waitForMark(page, TIMELINE_RENDERED_MARK, 2000);
  if (marked !== null) return marked - (await clickAt());
  const painted = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))));
  return painted - (await clickAt());
}

/** Where the floor is measured: the view's heading, where none of the timeline's handlers run. */
const floorSelector = 'main h1';

/**
 * The same drag and wheel steps over the heading: what the browser and the harness cost per input with no app work,
 * so the timeline's own share of its figures can be told apart on a busy machine. No target: it is not Cairn's to meet.
 */
async function measureFloor(browser: Browser, page: Page, plan: TimelinePlan): Promise<Measurement[]> {
  const deadline = () => performance.now() + plan.gestureBudgetMs;
  const panWork = await traceWorkPerInput(browser, page, ['pointermove', 'mousemove'], () => pan(page, floorSelector, plan.panMoves, deadline()));
  const zoomWork = await traceWorkPerInput(browser, page, ['wheel'], () => zoom(page, floorSelector, plan.zoomSteps, deadline()));
  const figure = (name: string, work: number[]) => {
    const base = { group, subject, unit: 'ms', name, notes: `the same gestures over the Timeline view's heading (${floorSelector}), where no timeline handler runs` };
    return work.length === 0 ? skipped(base, 'the trace held no inputs on the renderer main thread') : fromSamples(base, work);
  };
  return [figure(`timeline pan floor, work per move, ${plan.label}`, panWork), figure(`timeline zoom floor, work per wheel step, ${plan.label}`, zoomWork)];
}

export async function measureCairnTimeline(browser: Browser, host: BenchHost, plan: TimelinePlan): Promise<Measurement[]> {
  const firstRenderBase = { group, subject, unit: 'ms', name: `timeline first render, ${plan.label}`, target: { max: 300, unit: 'ms' } };
  const samples: number[] = [];
  let measuredApp: OpenedApp | null = null;
  for (let run = 0; run < plan.firstRenderRuns; run += 1) {
    const app = await openApp(browser, host.url);
    const elapsed = await firstRender(app.page);
    if (elapsed === null) {
      await app.context.close();
      const reason = `${NOT_BUILT}: no timeline surface in the Timeline view (${timelineSurface})`;
      const gestureTarget = { max: 10, unit: 'ms' };
      return [
        skipped(firstRenderBase, reason),
        skipped({ ...firstRenderBase, name: `timeline pan, work per move, ${plan.label}`, target: gestureTarget }, reason),
        skipped({ ...firstRenderBase, name: `timeline zoom, work per wheel step, ${plan.label}`, target: gestureTarget }, reason),
      ];
    }
    samples.push(elapsed);
    if (run === plan.firstRenderRuns - 1) measuredApp = app;
    else await app.context.close();
  }
  if (!measuredApp) return [];
  try {
    const gestures = await measureGestures(browser, measuredApp.page, timelineSurface, { group, subject, label: plan.label }, plan);
    const floor = await measureFloor(browser, measuredApp.page, plan);
    return [fromRepeats({ ...firstRenderBase, notes: `click on Timeline to '${TIMELINE_RENDERED_MARK}' (or the frame after the surface appears)` }, samples), ...gestures, ...floor];
  } finally {
    await measuredApp.context.close();
  }
}
