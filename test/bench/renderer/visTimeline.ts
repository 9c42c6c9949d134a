// vis-timeline rendering the same items in the same browser: first render, then the same pan and zoom gestures.
import type { Browser } from 'playwright-core';
import { fromRepeats, type Measurement } from '../results';
import { viewport } from './browser';
import { measureGestures, type GesturePlan } from './timelineGestures';
import type { VisServer } from './visTimelinePage';

const group = 'renderer';
const subject = 'vis-timeline';
const surface = '#timeline .vis-center';

export async function measureVisTimeline(browser: Browser, server: VisServer, plan: GesturePlan & { firstRenderRuns: number; label: string }): Promise<Measurement[]> {
  const samples: number[] = [];
  for (let run = 0; run < plan.firstRenderRuns; run += 1) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      const handle = await page.waitForFunction(() => (window as unknown as { __benchFirstRender?: number }).__benchFirstRender, undefined, { timeout: 120_000 });
      samples.push((await handle.jsonValue()) as number);
      if (run === plan.firstRenderRuns - 1) {
        const gestures = await measureGestures(browser, page, surface, { group, subject, label: plan.label }, plan);
        return [
          fromRepeats(
            { group, subject, unit: 'ms', name: `timeline first render, ${plan.label}`, target: { max: 300, unit: 'ms' }, notes: "new vis.Timeline(...) to the frame after its first 'changed' event; stack: false (stacking 5,000 points took about 10 s in a trial run), otherwise defaults; three groups" },
            samples,
          ),
          ...gestures,
        ];
      }
    } finally {
      await context.close();
    }
  }
  return [];
}
