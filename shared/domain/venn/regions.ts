// Regions of a Venn diagram (each exact combination of circles) and their exact areas.
import { type Circle, type Point, circleIntersectionPoints, circleRelation, isPointInCircle, isSameCircle } from './circle';

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
 * reported as 0. Coincident circles are handled: they bound one disc, shared by every combination holding them all.
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

/**
 * The areas of just these combinations, in the order given, as regionAreas would report them, without listing every
 * combination (twelve circles have 4,095): a figure only needs the few it draws. A combination naming an id that is not
 * drawn, or none, has area 0.
 */
export function areasOf(circles: readonly Circle[], combinations: readonly (readonly string[])[]): number[] {
  assertUniqueIds(circles);
  const bitOf = new Map(circles.map((circle, index) => [circle.id, 1 << index]));
  const areas = exclusiveAreasByMask(circles);
  return combinations.map((ids) => {
    const wanted = new Set(ids);
    let mask = 0;
    for (const id of wanted) mask |= bitOf.get(id) ?? 0;
    if (mask === 0 || wanted.size !== countBits(mask)) return 0;
    return Math.max(0, areas.get(mask) ?? 0);
  });
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
 *
 * Every topological decision comes from circleRelation, taken once per pair, so no two steps can disagree about
 * near-coincident or touching circles: coincident circles become one disc whose regions carry all their bits, each
 * pair's crossings are computed once and shared by both rims, and a rim that does not cross another circle is inside
 * it or not as a whole.
 */
function exclusiveAreasByMask(circles: readonly Circle[]): Map<number, number> {
  const areas = new Map<number, number>();
  if (circles.length === 0) return areas;
  const originX = circles.reduce((sum, c) => sum + c.x, 0) / circles.length;
  const originY = circles.reduce((sum, c) => sum + c.y, 0) / circles.length;
  const discs = distinctDiscs(circles.map((c) => ({ id: c.id, x: c.x - originX, y: c.y - originY, r: c.r })));
  const relations = discs.map((disc) => discs.map((other) => circleRelation(disc.circle, other.circle)));
  const crossings = discs.map(() => discs.map((): Point[] => []));
  discs.forEach((disc, i) => {
    for (let j = i + 1; j < discs.length; j++) {
      if (relations[i]?.[j] !== 'crossing') continue;
      const points = circleIntersectionPoints(disc.circle, (discs[j] as Disc).circle);
      (crossings[i] as Point[][])[j] = points;
      (crossings[j] as Point[][])[i] = points;
    }
  });

  discs.forEach(({ circle, mask }, i) => {
    if (circle.r <= 0) return;
    for (const [start, end] of rimArcs(circle, (crossings[i] as Point[][]).flat())) {
      const middle = (start + end) / 2;
      const midpoint = { x: circle.x + circle.r * Math.cos(middle), y: circle.y + circle.r * Math.sin(middle) };
      let others = 0;
      discs.forEach((other, j) => {
        const relation = relations[i]?.[j];
        const inside = relation === 'inside' || (relation === 'crossing' && distanceSquared(midpoint, other.circle) < other.circle.r ** 2);
        if (inside) others |= other.mask;
      });
      const contribution =
        0.5 *
        (circle.r * circle.x * (Math.sin(end) - Math.sin(start)) -
          circle.r * circle.y * (Math.cos(end) - Math.cos(start)) +
          circle.r * circle.r * (end - start));
      const inner = others | mask;
      areas.set(inner, (areas.get(inner) ?? 0) + contribution);
      if (others !== 0) areas.set(others, (areas.get(others) ?? 0) - contribution);
    }
  });
  return areas;
}

/** A disc and the bits of every circle that bounds it (more than one when circles coincide). */
interface Disc {
  readonly circle: Circle;
  mask: number;
}

/** The circles grouped into distinct discs, each group led by its first circle. */
function distinctDiscs(circles: readonly Circle[]): Disc[] {
  const discs: Disc[] = [];
  circles.forEach((circle, index) => {
    const same = discs.find((disc) => isSameCircle(disc.circle, circle));
    if (same) same.mask |= 1 << index;
    else discs.push({ circle, mask: 1 << index });
  });
  return discs;
}

/** The rim of a circle cut at the given points on it, as [start, end] angles. */
function rimArcs(circle: Circle, cuts: readonly Point[]): Array<[number, number]> {
  const angles = cuts.map((point) => {
    const angle = Math.atan2(point.y - circle.y, point.x - circle.x);
    return angle < 0 ? angle + 2 * Math.PI : angle;
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
