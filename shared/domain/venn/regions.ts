// Regions of a Venn diagram (each exact combination of circles) and their exact areas.
import { type Circle, type Point, circleIntersectionPoints, isPointInCircle, isSameCircle } from './circle';

/**
 * A region: the points inside exactly the circles in `ids` and outside every other circle.
 * `ids` keep the order of the circles they came from.
 */
export interface Region {
  readonly ids: readonly string[];
  readonly area: number;
}

/** Listing every combination is exponential; the editor shows at most five circles. */
export const MAX_REGION_LISTING_CIRCLES = 12;

/** One key per combination, whatever order the ids come in (for maps keyed by region). */
export function regionKey(ids: readonly string[]): string {
  return [...ids].sort().join('\u001f');
}

/** The ids of the circles containing the point (rim included), in circle order: its region. */
export function regionOfPoint(point: Point, circles: readonly Circle[]): string[] {
  return circles.filter((circle) => isPointInCircle(point, circle)).map((circle) => circle.id);
}

/**
 * The area of every region, one entry per non-empty combination of circles, ordered by the binary
 * number whose bit i means "inside circle i" (so A, B, AB, C, AC, BC, ABC...). Combinations the
 * geometry does not produce have area 0.
 *
 * Exact for any number of circles: the areas come from Green's theorem applied to the arcs that
 * bound each region (the rims cut at every crossing), so the only error is floating-point rounding
 * (relative error around 1e-12 for canvas-sized circles). Tiny negative results from rounding are
 * reported as 0. Identical circles are handled: their shared rim is attributed once.
 */
export function regionAreas(circles: readonly Circle[]): Region[] {
  assertUniqueIds(circles);
  if (circles.length > MAX_REGION_LISTING_CIRCLES) {
    throw new RangeError(`Cannot list the regions of more than ${MAX_REGION_LISTING_CIRCLES} circles`);
  }
  const areas = exclusiveAreasByMask(circles);
  const regions: Region[] = [];
  for (let mask = 1; mask < 1 << circles.length; mask++) {
    const ids = circles.filter((_, index) => (mask & (1 << index)) !== 0).map((circle) => circle.id);
    regions.push({ ids, area: Math.max(0, areas.get(mask) ?? 0) });
  }
  return regions;
}

/** The area of the exclusive region made of exactly these circles (0 when it does not exist). */
export function regionArea(circles: readonly Circle[], ids: readonly string[]): number {
  assertUniqueIds(circles);
  const wanted = new Set(ids);
  let mask = 0;
  circles.forEach((circle, index) => {
    if (wanted.has(circle.id)) mask |= 1 << index;
  });
  if (mask === 0 || wanted.size !== countBits(mask)) return 0;
  return Math.max(0, exclusiveAreasByMask(circles).get(mask) ?? 0);
}

/** The area common to all the given circles (the lens for two circles). */
export function intersectionArea(circles: readonly Circle[]): number {
  if (circles.length === 0) return 0;
  const everyCircle = (1 << circles.length) - 1;
  return Math.max(0, exclusiveAreasByMask(circles).get(everyCircle) ?? 0);
}

/** The area covered by at least one circle. */
export function unionArea(circles: readonly Circle[]): number {
  let total = 0;
  for (const area of exclusiveAreasByMask(circles).values()) total += area;
  return Math.max(0, total);
}

function assertUniqueIds(circles: readonly Circle[]): void {
  if (new Set(circles.map((circle) => circle.id)).size !== circles.length) {
    throw new RangeError('Circle ids must be unique');
  }
}

function countBits(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * Green's theorem: a region's area is half the integral of (x dy - y dx) around its boundary.
 * Every boundary piece is an arc of one circle between two consecutive crossings. An arc of circle i
 * whose midpoint lies inside exactly the other circles S bounds region S+i (traversed with the
 * interior on its left) and region S (traversed the other way), so it adds to one and subtracts
 * from the other. Coordinates are shifted to their centroid first to keep rounding small.
 */
function exclusiveAreasByMask(circles: readonly Circle[]): Map<number, number> {
  const areas = new Map<number, number>();
  if (circles.length === 0) return areas;
  const originX = circles.reduce((sum, c) => sum + c.x, 0) / circles.length;
  const originY = circles.reduce((sum, c) => sum + c.y, 0) / circles.length;
  const shifted = circles.map((c) => ({ id: c.id, x: c.x - originX, y: c.y - originY, r: c.r }));

  shifted.forEach((circle, i) => {
    if (circle.r <= 0) return;
    for (const [start, end] of rimArcs(circle, shifted, i)) {
      const middle = (start + end) / 2;
      const midpoint = { x: circle.x + circle.r * Math.cos(middle), y: circle.y + circle.r * Math.sin(middle) };
      let others = 0;
      shifted.forEach((other, j) => {
        if (j === i) return;
        // Identical circles share their whole rim; letting only the earlier one claim it keeps
        // the shared rim from being counted twice.
        const inside = isSameCircle(other, circle) ? j < i : distanceSquared(midpoint, other) < other.r * other.r;
        if (inside) others |= 1 << j;
      });
      const contribution =
        0.5 *
        (circle.r * circle.x * (Math.sin(end) - Math.sin(start)) -
          circle.r * circle.y * (Math.cos(end) - Math.cos(start)) +
          circle.r * circle.r * (end - start));
      const inner = others | (1 << i);
      areas.set(inner, (areas.get(inner) ?? 0) + contribution);
      if (others !== 0) areas.set(others, (areas.get(others) ?? 0) - contribution);
    }
  });
  return areas;
}

/** The rim of circle i cut at every crossing with another circle, as [start, end] angles. */
function rimArcs(circle: Circle, all: readonly Circle[], i: number): Array<[number, number]> {
  const angles: number[] = [];
  all.forEach((other, j) => {
    if (j === i) return;
    for (const point of circleIntersectionPoints(circle, other)) {
      const angle = Math.atan2(point.y - circle.y, point.x - circle.x);
      angles.push(angle < 0 ? angle + 2 * Math.PI : angle);
    }
  });
  if (angles.length === 0) return [[0, 2 * Math.PI]];
  angles.sort((a, b) => a - b);
  const arcs: Array<[number, number]> = [];
  for (let k = 0; k < angles.length; k++) {
    const start = angles[k] as number;
    const end = k + 1 < angles.length ? (angles[k + 1] as number) : (angles[0] as number) + 2 * Math.PI;
    if (end - start > 0) arcs.push([start, end]);
  }
  return arcs;
}

function distanceSquared(a: Point, b: Point): number {
  return (a.x - b.x) ** 2 + (a.y - b.y) ** 2;
}
