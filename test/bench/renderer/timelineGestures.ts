// The same pan and zoom gestures for any timeline, traced: main-thread work per input, as figures for each.
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { fromSamples, skipped, type Measurement } from '../results';
import { holdMouse, traceWorkPerInput } from './pageTools';

export interface GesturePlan {
  panMoves: number;
  zoomSteps: number;
  /** A gesture stops early after this long, so a very slow timeline cannot stall the run; the figure says how many inputs it got. */
  gestureBudgetMs: number;
}

const target = { max: 10, unit: 'ms' };

async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags left then right in 4 px steps, pressing on the surface's middle. The moves go straight through CDP: Playwright's
 * own mouse runs drag-and-drop checks in the page on every move with a button held, which the trace would count.
 */
export async function pan(page: Page, selector: string, moves: number, deadline: number): Promise<void> {
  const centre = await centreOf(page, selector);
  const mouse = await holdMouse(page, centre);
  for (let move = 1; move <= moves && performance.now() < deadline; move += 1) {
    const offset = move <= moves / 2 ? -4 * move : -4 * (moves - move);
    await mouse.move({ x: centre.x + offset, y: centre.y });
  }
  await mouse.release();
}

/** Wheel steps at the middle: in for ten, out for ten, and so on. */
export async function zoom(page: Page, selector: string, steps: number, deadline: number): Promise<void> {
  const centre = await centreOf(page, selector);
  await page.mouse.move(centre.x, centre.y);
  for (let step = 0; step < steps && performance.now() < deadline; step += 1) {
    await page.mouse.wheel(0, Math.floor(step / 10) % 2 === 0 ? -120 : 120);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
}

export async function measureGestures(
  browser: Browser,
  page: Page,
  selector: string,
  base: { group: string; subject: string; label: string },
  plan: GesturePlan,
): Promise<Measurement[]> {
  const figure = (name: string, work: number[], what: string) =>
    work.length === 0
      ? skipped({ group: base.group, subject: base.subject, unit: 'ms', target, name }, `the trace held no ${what} on the renderer main thread`)
      : fromSamples(
          { group: base.group, subject: base.subject, unit: 'ms', target, name, notes: `main-thread work between consecutive ${what} (CDP tracing; frames are not counted headless); inputs stop after ${plan.gestureBudgetMs / 1000} s` },
          work,
        );
  const panWork = await traceWorkPerInput(browser, page, ['pointermove', 'mousemove'], () => pan(page, selector, plan.panMoves, performance.now() + plan.gestureBudgetMs));
  const zoomWork = await traceWorkPerInput(browser, page, ['wheel'], () => zoom(page, selector, plan.zoomSteps, performance.now() + plan.gestureBudgetMs));
  return [
    figure(`timeline pan, work per move, ${base.label}`, panWork, 'pointer moves'),
    figure(`timeline zoom, work per wheel step, ${base.label}`, zoomWork, 'wheel events'),
  ];
}
