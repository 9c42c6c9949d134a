// Cairn's Timeline view: first render and per-input pan/zoom work; runs once the view has its drawing surface.
import type { Browser, Page } from 'playwright-core';
import { fromRepeats, NOT_BUILT, skipped, type Measurement } from '../results';
import type { BenchHost } from './browserHost';
import { goToView, isPresent, openApp, waitForMark, type OpenedApp } from './pageTools';
import { TIMELINE_RENDERED_MARK, timelineSurface } from './selectors';
import { measureGestures, type GesturePlan } from './timelineGestures';

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
    return [fromRepeats({ ...firstRenderBase, notes: `click on Timeline to '${TIMELINE_RENDERED_MARK}' (or the frame after the surface appears)` }, samples), ...gestures];
  } finally {
    await measuredApp.context.close();
  }
}
