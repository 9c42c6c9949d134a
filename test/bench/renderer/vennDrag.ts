// Dragging a Venn circle with 5 and with 12 circles shown: main-thread work per pointer move over 600 moves, with and
// without 4× CPU throttling, once the view has settled and after a first drag of one loop (not counted), so the figures
// are a drag's steady state; and the floor, the same gesture over an empty corner of the diagram, where nothing moves.
import type { Browser, Page } from 'playwright-core';
import { tidyLayout } from '../../../shared/domain/venn/tidyLayout';
import { fromSamples, NOT_BUILT, skipped, type Measurement } from '../results';
import type { BenchHost } from './browserHost';
import { goToView, holdMouse, isPresent, openApp, throttleCpu, traceWorkPerInput, waitForQuiet } from './pageTools';
import { vennCircle } from './selectors';

const base = { group: 'renderer', subject: 'cairn', unit: 'ms', target: { max: 8, unit: 'ms' } };
const throttlings = [1, 4] as const;
/** One loop of the drag path: the first drag that warms the page up. */
const WARM_UP_MOVES = 60;
/** How many circles each measured diagram shows (the issue's two: a classic Venn and the most the diagram shows). */
const CIRCLE_COUNTS = [5, 12] as const;
const EXTRA_LABELS = ['Mentoring', 'Writing', 'Listening', 'Designing calm tools', 'Exploring', 'Connecting people'];
const nameFor = (circles: number, rate: number) => `Venn drag, ${circles} circles, work per pointer move${rate > 1 ? `, ${rate}× CPU throttling` : ''}`;

async function callHost<T>(host: BenchHost, operation: string, payload: unknown): Promise<T> {
  const url = new URL(host.url);
  const token = /#token=([^&]+)/.exec(host.url)?.[1] ?? '';
  const response = await fetch(`${url.origin}/api/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cairn-token': token },
    body: JSON.stringify(payload),
  });
  const envelope = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`${operation} failed: ${envelope.error.message}`);
  return envelope.value;
}

/** Saves a tidy diagram of the first `count` values (adding values until there are that many) on the editor's canvas. */
async function showCircles(host: BenchHost, count: number): Promise<void> {
  const values = await callHost<{ id: string }[]>(host, 'values.list', {});
  for (const label of EXTRA_LABELS.slice(0, Math.max(0, count - values.length))) {
    values.push(await callHost<{ id: string }>(host, 'values.create', { label, colour: '#5c3c7c' }));
  }
  const ids = values.slice(0, count).map((value) => value.id);
  // The other values keep a remembered circle, so the editor leaves them hidden rather than adding them.
  const hidden = values.slice(count).map((value) => ({ valueId: value.id, x: 360, y: 230, r: 40 }));
  const circles = [...tidyLayout(ids, 720, 460).map((circle) => ({ valueId: circle.id, x: circle.x, y: circle.y, r: circle.r })), ...hidden];
  await callHost(host, 'strategy.save', { layout: { version: 1, width: 720, height: 460, circles, shown: ids } });
}

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
  const results: Measurement[] = [];
  for (const count of CIRCLE_COUNTS) {
    await showCircles(host, count);
    const app = await openApp(browser, host.url);
    try {
      await goToView(app.page, 'Strategy');
      if (!(await isPresent(app.page, vennCircle))) {
        return throttlings.map((rate) => skipped({ ...base, name: nameFor(count, rate) }, `${NOT_BUILT}: no Venn circle in the Strategy view (${vennCircle})`));
      }
      await waitForQuiet(app.page);
      await dragLoop(app.page, WARM_UP_MOVES);
      await waitForQuiet(app.page);
      for (const rate of throttlings) {
        const work = await workPerMove(browser, app.page, moves, rate);
        const notes = `${count} circles shown; ${moves} moves after a ${WARM_UP_MOVES}-move first drag, on a settled page; top-level RunTask time on the renderer main thread between consecutive moves (CDP tracing)`;
        results.push(
          work.length === 0
            ? skipped({ ...base, name: nameFor(count, rate) }, 'the trace held no pointer moves on the renderer main thread')
            : fromSamples({ ...base, name: nameFor(count, rate), notes }, work),
        );
      }
      if (count === CIRCLE_COUNTS[CIRCLE_COUNTS.length - 1]) results.push(await measureFloor(browser, app.page, moves));
    } finally {
      await app.context.close();
    }
  }
  return results;
}

async function measureFloor(browser: Browser, page: Page, moves: number): Promise<Measurement> {
  const floor = await workPerMove(browser, page, moves, 1, true);
  const floorName = 'Venn drag floor, work per pointer move';
  return floor.length === 0
    ? skipped({ group: base.group, subject: base.subject, unit: base.unit, name: floorName }, 'the trace held no pointer moves on the renderer main thread')
    : fromSamples(
        { group: base.group, subject: base.subject, unit: base.unit, name: floorName, notes: `the same ${moves}-move gesture from an empty corner of the diagram (.venn-canvas), where nothing moves: input handling and tracing alone` },
        floor,
      );
}
