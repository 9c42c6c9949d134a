// Where a new circle goes on a diagram someone has arranged: the centre of the largest area no circle covers.
import { type CanvasSize, MIN_CIRCLE_RADIUS } from './canvas';
import { type Circle } from './circle';
import { everyCircleHasRoom, ownRoom, roomNeeded } from './ownRoom';

/** Candidate centres per side of the canvas: fine enough to find a gap a circle fits in, cheap enough for every new value. */
const GRID_STEPS = 48;
/** On a crowded canvas, how many of the roomiest spots are tried before settling for the roomiest. */
const CROWDED_TRIES = 16;

/**
 * How far `x, y` is from every rim and from the canvas's edges: the radius of the largest circle centred there that
 * covers no other circle and stays on the canvas (negative inside a circle).
 */
function clearance(x: number, y: number, circles: readonly Circle[], canvas: CanvasSize): number {
  let room = Math.min(x, y, canvas.width - x, canvas.height - y);
  for (const circle of circles) room = Math.min(room, Math.hypot(x - circle.x, y - circle.y) - circle.r);
  return room;
}

/** True when the new circle has room of its own and takes no circle's own room away (one already without keeps none). */
function keepsEveryRoom(circles: readonly Circle[], fresh: Circle): boolean {
  const after = [...circles, fresh];
  if (ownRoom(after, fresh.id) < roomNeeded(fresh)) return false;
  const hadRoom = circles.filter((circle) => ownRoom(circles, circle.id) >= roomNeeded(circle));
  return hadRoom.length === circles.length ? everyCircleHasRoom(after) : hadRoom.every((circle) => ownRoom(after, circle.id) >= roomNeeded(circle));
}

/**
 * A circle for `id` of about `radius`, centred in the largest area the other circles leave free. Where the free area is
 * smaller than `radius`, the circle keeps at least half of it, so it can still be seen and grabbed, and overlaps the
 * fewest circles it can; on a crowded canvas it goes where it leaves every circle an area of its own (ownRoom.ts),
 * smaller if it must. Ties go to the first point in reading order, so the same diagram always gives the same spot.
 */
export function circleInLargestFreeArea(id: string, radius: number, circles: readonly Circle[], canvas: CanvasSize): Circle {
  const spots: { x: number; y: number; room: number }[] = [];
  for (let row = 1; row < GRID_STEPS; row++) {
    for (let column = 1; column < GRID_STEPS; column++) {
      const x = (canvas.width * column) / GRID_STEPS;
      const y = (canvas.height * row) / GRID_STEPS;
      spots.push({ x, y, room: clearance(x, y, circles, canvas) });
    }
  }
  // A stable sort: equal rooms stay in reading order.
  spots.sort((a, b) => b.room - a.room);
  const edgeOf = (spot: { x: number; y: number }) => Math.min(spot.x, spot.y, canvas.width - spot.x, canvas.height - spot.y);
  const best = spots[0] ?? { x: canvas.width / 2, y: canvas.height / 2, room: 0 };
  const roomiest = { id, x: best.x, y: best.y, r: Math.min(edgeOf(best), Math.max(radius / 2, Math.min(radius, best.room))) };
  // Covering no circle, it takes no room from any.
  if (best.room >= roomiest.r) return roomiest;
  for (const wanted of [radius, radius * 0.75, Math.min(radius, Math.max(MIN_CIRCLE_RADIUS, radius / 2))]) {
    for (const spot of spots.slice(0, CROWDED_TRIES)) {
      const fresh = { id, x: spot.x, y: spot.y, r: Math.min(edgeOf(spot), wanted) };
      if (keepsEveryRoom(circles, fresh)) return fresh;
    }
  }
  return roomiest;
}
