// Where a new circle goes on a diagram someone has arranged: the centre of the largest area no circle covers.
import { type CanvasSize } from './canvas';
import { type Circle } from './circle';

/** Candidate centres per side of the canvas: fine enough to find a gap a circle fits in, cheap enough for every new value. */
const GRID_STEPS = 48;

/**
 * How far `x, y` is from every rim and from the canvas's edges: the radius of the largest circle centred there that
 * covers no other circle and stays on the canvas (negative inside a circle).
 */
function clearance(x: number, y: number, circles: readonly Circle[], canvas: CanvasSize): number {
  let room = Math.min(x, y, canvas.width - x, canvas.height - y);
  for (const circle of circles) room = Math.min(room, Math.hypot(x - circle.x, y - circle.y) - circle.r);
  return room;
}

/**
 * A circle for `id` of about `radius`, centred in the largest area the other circles leave free. Where the free area is
 * smaller than `radius`, the circle keeps at least half of it, so it can still be seen and grabbed, and overlaps the
 * fewest circles it can. Ties go to the first point in reading order, so the same diagram always gives the same spot.
 */
export function circleInLargestFreeArea(id: string, radius: number, circles: readonly Circle[], canvas: CanvasSize): Circle {
  let best = { x: canvas.width / 2, y: canvas.height / 2, room: -Infinity };
  for (let row = 1; row < GRID_STEPS; row++) {
    for (let column = 1; column < GRID_STEPS; column++) {
      const x = (canvas.width * column) / GRID_STEPS;
      const y = (canvas.height * row) / GRID_STEPS;
      const room = clearance(x, y, circles, canvas);
      if (room > best.room) best = { x, y, room };
    }
  }
  const edge = Math.min(best.x, best.y, canvas.width - best.x, canvas.height - best.y);
  const r = Math.min(edge, Math.max(radius / 2, Math.min(radius, best.room)));
  return { id, x: best.x, y: best.y, r };
}
