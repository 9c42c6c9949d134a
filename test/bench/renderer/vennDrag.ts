// Dragging a Venn circle: main-thread work per pointer move over 600 moves, with and without 4× CPU throttling.
import type { Browser, Page } from 'playwright-core';
import { fromSamples, NOT_BUILT, skipped, type Measurement } from '../results';
import type { BenchHost } from './browserHost';
import { goToView, holdMouse, isPresent, openApp, throttleCpu, traceWorkPerInput } from './pageTools';
import { vennCircle } from './selectors';

const base = { group: 'renderer', subject: 'cairn', unit: 'ms', target: { max: 8, unit: 'ms' } };
const throttlings = [1, 4] as const;
const nameFor = (rate: number) => `Venn drag, work per pointer move${rate > 1 ? `, ${rate}× CPU throttling` : ''}`;

/** Drags the circle round a small loop, so it stays on the canvas however many moves there are (see holdMouse for why not page.mouse). */
async function dragLoop(page: Page, moves: number): Promise<void> {
  const box = await page.locator(vennCircle).first().boundingBox();
  if (!box) throw new Error('The Venn circle has no box');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const mouse = await holdMouse(page, centre);
  for (let move = 1; move <= moves; move += 1) {
    const angle = (move / 60) * 2 * Math.PI;
    await mouse.move({ x: centre.x + 40 * Math.sin(angle), y: centre.y + 40 * (1 - Math.cos(angle)) });
  }
  await mouse.release();
}

async function workPerMove(browser: Browser, page: Page, moves: number, throttling: number): Promise<number[]> {
  const release = await throttleCpu(page, throttling);
  try {
    return await traceWorkPerInput(browser, page, ['pointermove', 'mousemove'], () => dragLoop(page, moves));
  } finally {
    await release();
  }
}

export async function measureVennDrag(browser: Browser, host: BenchHost, moves: number): Promise<Measurement[]> {
  const app = await openApp(browser, host.url);
  try {
    await goToView(app.page, 'Strategy');
    if (!(await isPresent(app.page, vennCircle))) {
      return throttlings.map((rate) => skipped({ ...base, name: nameFor(rate) }, `${NOT_BUILT}: no Venn circle in the Strategy view (${vennCircle})`));
    }
    const results: Measurement[] = [];
    for (const rate of throttlings) {
      const work = await workPerMove(browser, app.page, moves, rate);
      results.push(
        work.length === 0
          ? skipped({ ...base, name: nameFor(rate) }, 'the trace held no pointer moves on the renderer main thread')
          : fromSamples({ ...base, name: nameFor(rate), notes: `${moves} moves; top-level RunTask time on the renderer main thread between consecutive moves (CDP tracing)` }, work),
      );
    }
    return results;
  } finally {
    await app.context.close();
  }
}
