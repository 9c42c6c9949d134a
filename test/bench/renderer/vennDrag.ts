// Dragging a Venn circle: main-thread work per pointer move over 600 moves, with and without 4× CPU throttling, once the
// view has settled and after a first drag of one loop (not counted), so the figures are a drag's steady state; and the
// floor, the same gesture over an empty corner of the diagram, where nothing moves.
import type { Browser, Page } from 'playwright-core';
import { fromSamples, NOT_BUILT, skipped, type Measurement } from '../results';
import type { BenchHost } from './browserHost';
import { goToView, holdMouse, isPresent, openApp, throttleCpu, traceWorkPerInput, waitForQuiet } from './pageTools';
import { vennCircle } from './selectors';

const base = { group: 'renderer', subject: 'cairn', unit: 'ms', target: { max: 8, unit: 'ms' } };
const throttlings = [1, 4] as const;
/** One loop of the drag path: the first drag that warms the page up. */
const WARM_UP_MOVES = 60;
const nameFor = (rate: number) => `Venn drag, work per pointer move${rate > 1 ? `, ${rate}× CPU throttling` : ''}`;

/** Where the drag starts: the first circle's centre, or for the floor a corner of the canvas no circle reaches. */
async function startPoint(page: Page, floor: boolean): Promise<{ x: number; y: number }> {
  const box = await page.locator(floor ? '.venn-canvas' : vennCircle).first().boundingBox();
  if (!box) throw new Error(`The Venn ${floor ? 'canvas' : 'circle'} has no box`);
  return floor ? { x: box.x + 50, y: box.y + 12 } : { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags round a small loop, so a circle stays on the canvas however many moves there are (see holdMouse for why not page.mouse). */
async function dragLoop(page: Page, moves: number, floor = false): Promise<void> {
  const centre = await startPoint(page, floor);
  const mouse = await holdMouse(page, centre);
  for (let move = 1; move <= moves; move += 1) {
    const angle = (move / 60) * 2 * Math.PI;
    await mouse.move({ x: centre.x + 40 * Math.sin(angle), y: centre.y + 40 * (1 - Math.cos(angle)) });
  }
  await mouse.release();
}

async function workPerMove(browser: Browser, page: Page, moves: number, throttling: number, floor = false): Promise<number[]> {
  const release = await throttleCpu(page, throttling);
  try {
    return await traceWorkPerInput(browser, page, ['pointermove', 'mousemove'], () => dragLoop(page, moves, floor));
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
    await waitForQuiet(app.page);
    await dragLoop(app.page, WARM_UP_MOVES);
    await waitForQuiet(app.page);
    const results: Measurement[] = [];
    for (const rate of throttlings) {
      const work = await workPerMove(browser, app.page, moves, rate);
      results.push(
        work.length === 0
          ? skipped({ ...base, name: nameFor(rate) }, 'the trace held no pointer moves on the renderer main thread')
          : fromSamples({ ...base, name: nameFor(rate), notes: `${moves} moves after a ${WARM_UP_MOVES}-move first drag, on a settled page; top-level RunTask time on the renderer main thread between consecutive moves (CDP tracing)` }, work),
      );
    }
    const floor = await workPerMove(browser, app.page, moves, 1, true);
    const floorName = 'Venn drag floor, work per pointer move';
    results.push(
      floor.length === 0
        ? skipped({ group: base.group, subject: base.subject, unit: base.unit, name: floorName }, 'the trace held no pointer moves on the renderer main thread')
        : fromSamples(
            { group: base.group, subject: base.subject, unit: base.unit, name: floorName, notes: `the same ${moves}-move gesture from an empty corner of the diagram (.venn-canvas), where nothing moves: input handling and tracing alone` },
            floor,
          ),
    );
    return results;
  } finally {
    await app.context.close();
  }
}
