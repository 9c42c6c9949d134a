// Every circle keeps an area only it covers, big enough for its label: measured, and made by spreading a layout out.
import { clampCircles, radiusLimits, type CanvasSize } from './canvas';
import { type Circle, distance } from './circle';
import { placeRegionLabel } from './labels';
import { sharedPoleCandidates } from './pole';
import { fitToCanvas } from './tidyLayout';

/**
 * The room a circle's own area must hold, as the radius of a disc inside it: 40 units across fits a line of its label
 * (17 high) over its evidence badge (20 high). A circle too small for that needs a fifth of its radius clear instead
 * (the symmetric five-value layout leaves each circle a quarter).
 */
export const MIN_OWN_ROOM = 20;
const SMALL_CIRCLE_SHARE = 0.2;

/** How much room `circle` needs of its own. */
export function roomNeeded(circle: Circle): number {
  return Math.min(MIN_OWN_ROOM, SMALL_CIRCLE_SHARE * circle.r);
}

/** The radius of the largest disc only `id`'s circle covers (0 when the others cover all of it). */
export function ownRoom(circles: readonly Circle[], id: string): number {
  return placeRegionLabel(circles, [id], sharedPoleCandidates(circles))?.clearance ?? 0;
}

/** True when every circle has the room it needs of its own. */
export function everyCircleHasRoom(circles: readonly Circle[]): boolean {
  const candidates = sharedPoleCandidates(circles);
  return circles.every((circle) => (placeRegionLabel(circles, [circle.id], candidates)?.clearance ?? 0) >= roomNeeded(circle));
}

/** Spreading out further than this many times is no longer the same picture: the circles are then set side by side. */
const MAX_SPREAD = 40;
/** Bisection steps for the least spread that gives every circle its room. */
const SPREAD_STEPS = 14;

/** The circles' centres moved `spread` times as far from their middle, radii kept, then fitted to the canvas and clamped. */
function spreadOut(circles: readonly Circle[], spread: number, canvas: CanvasSize): Circle[] {
  const middle = { x: circles.reduce((sum, c) => sum + c.x, 0) / circles.length, y: circles.reduce((sum, c) => sum + c.y, 0) / circles.length };
  const spreadCircles = circles.map((c) => ({ ...c, x: middle.x + (c.x - middle.x) * spread, y: middle.y + (c.y - middle.y) * spread }));
  return clampCircles(fitToCanvas(spreadCircles, canvas.width, canvas.height), canvas);
}

/**
 * The circles side by side in a row across the canvas, in order of their centres from left to right, none over
 * another: radii keep their proportions, except that none goes below the smallest circle the editor allows.
 */
function sideBySide(circles: readonly Circle[], canvas: CanvasSize): Circle[] {
  const margin = Math.min(canvas.width, canvas.height) * 0.04;
  const { minRadius, maxRadius } = radiusLimits(canvas);
  const widest = Math.max(...circles.map((c) => c.r));
  const radiusAt = (scale: number, c: Circle) => Math.min(maxRadius, Math.max(minRadius, c.r * scale));
  const fits = (scale: number) =>
    circles.reduce((sum, c) => sum + 2 * radiusAt(scale, c), 0) <= canvas.width - 2 * margin && 2 * radiusAt(scale, { id: '', x: 0, y: 0, r: widest }) <= canvas.height - 2 * margin;
  let [low, high] = [0, (canvas.height - 2 * margin) / 2 / widest];
  for (let step = 0; step < 30; step++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  const ordered = [...circles].sort((a, b) => a.x - b.x || a.y - b.y);
  const total = ordered.reduce((sum, c) => sum + 2 * radiusAt(low, c), 0);
  let left = (canvas.width - total) / 2;
  const placed = new Map(
    ordered.map((c) => {
      const r = radiusAt(low, c);
      left += 2 * r;
      return [c.id, { id: c.id, x: left - r, y: canvas.height / 2, r }];
    }),
  );
  return circles.map((c) => placed.get(c.id) as Circle);
}

/**
 * The layout itself when every circle already has its room; otherwise the same picture spread out (centres moved away
 * from their middle, the least that gives every circle its room, found by bisection) and fitted to the canvas. Where
 * even spreading far does not do it (centres that nearly coincide), the circles are set side by side.
 */
export function withOwnRoom(layout: readonly Circle[], canvas: CanvasSize): Circle[] {
  const circles = clampCircles(layout, canvas);
  if (circles.length < 2 || everyCircleHasRoom(circles)) return circles;
  // Far enough that every pair whose centres are not nearly one is apart.
  let pairSpread = 1;
  for (let i = 0; i < circles.length; i++) {
    for (let j = i + 1; j < circles.length; j++) {
      const [a, b] = [circles[i] as Circle, circles[j] as Circle];
      pairSpread = Math.max(pairSpread, (a.r + b.r) / Math.max(distance(a, b), 1e-12));
    }
  }
  let high = Math.min(MAX_SPREAD, pairSpread * 1.05);
  let best = spreadOut(circles, high, canvas);
  if (!everyCircleHasRoom(best)) {
    const row = sideBySide(circles, canvas);
    return everyCircleHasRoom(row) ? row : best;
  }
  let low = 1;
  for (let step = 0; step < SPREAD_STEPS; step++) {
    const middle = (low + high) / 2;
    const candidate = spreadOut(circles, middle, canvas);
    if (everyCircleHasRoom(candidate)) {
      high = middle;
      best = candidate;
    } else {
      low = middle;
    }
  }
  return best;
}
