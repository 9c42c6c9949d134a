// Where to put a label inside each region, and where the aspiration sits when all values meet.
import { type Circle, type Point, distance } from './circle';
import { regionAreas } from './regions';

/** A label position and how far it is from the nearest rim (how much room the label has). */
export interface LabelSpot extends Point {
  readonly clearance: number;
}

export interface RegionLabel {
  readonly ids: readonly string[];
  readonly area: number;
  /** Null when the region has no area, or is a sliver with no point clear of its rims. */
  readonly spot: LabelSpot | null;
}

/** Regions smaller than this (in squared canvas units) are treated as absent. */
export const MIN_LABELLED_AREA = 1e-6;

/**
 * A spot must be at least this far (canvas units) from every rim, so rounding can never put it on
 * the wrong side of one.
 */
export const MIN_LABEL_CLEARANCE = 1e-6;

const GRID_STEPS = 16;
const FINE_GRID_STEPS = 160;

/**
 * How deep the point sits inside the region made of exactly `inside` circles: the distance to the
 * nearest rim that bounds it, positive inside the region and negative outside. It never exceeds the
 * true distance to the region's boundary, so a positive margin guarantees the point is in the region.
 */
export function regionMargin(point: Point, circles: readonly Circle[], inside: ReadonlySet<string>): number {
  let margin = Infinity;
  for (const circle of circles) {
    const fromRim = circle.r - distance(point, circle);
    margin = Math.min(margin, inside.has(circle.id) ? fromRim : -fromRim);
  }
  return margin;
}

/**
 * The point deepest inside the region made of exactly the circles `ids` (a pole of inaccessibility
 * search: a coarse grid over the region's bounding box, then hill-climbing with shrinking steps from
 * the best cells). Deterministic. Null when no point is clear of every rim (by MIN_LABEL_CLEARANCE),
 * which includes every region with no area. For a region in several pieces the spot lands in the roomiest piece found.
 */
export function placeRegionLabel(circles: readonly Circle[], ids: readonly string[]): LabelSpot | null {
  const inside = new Set(ids);
  const members = circles.filter((circle) => inside.has(circle.id));
  if (members.length === 0 || members.length !== inside.size) return null;

  const box = intersectBoxes(members);
  if (box.right <= box.left || box.bottom <= box.top) return null;
  // regionMargin unrolled over typed arrays: this runs thousands of times per label.
  const xs = Float64Array.from(circles, (c) => c.x);
  const ys = Float64Array.from(circles, (c) => c.y);
  const rs = Float64Array.from(circles, (c) => c.r);
  const signs = Float64Array.from(circles, (c) => (inside.has(c.id) ? 1 : -1));
  const count = circles.length;
  const score = (x: number, y: number): number => {
    let margin = Infinity;
    for (let i = 0; i < count; i++) {
      const dx = x - (xs[i] as number);
      const dy = y - (ys[i] as number);
      margin = Math.min(margin, (signs[i] as number) * ((rs[i] as number) - Math.sqrt(dx * dx + dy * dy)));
    }
    return margin;
  };

  let best = searchBox(box, GRID_STEPS, score);
  if (best.clearance <= MIN_LABEL_CLEARANCE) {
    const finer = searchBox(box, FINE_GRID_STEPS, score);
    if (finer.clearance > best.clearance) best = finer;
  }
  return best.clearance > MIN_LABEL_CLEARANCE ? best : null;
}

/** A label for every combination of the circles (ordered as `regionAreas` orders them). */
export function placeRegionLabels(circles: readonly Circle[]): RegionLabel[] {
  return regionAreas(circles).map((region) => ({
    ids: region.ids,
    area: region.area,
    spot: region.area > MIN_LABELLED_AREA ? placeRegionLabel(circles, region.ids) : null,
  }));
}

/**
 * Where the aspiration goes: the deepest point of the region every shown circle shares, or null
 * when the circles have no common region (the editor then sets it beside the diagram with a leader
 * line). With no circles there is nowhere to put it.
 */
export function aspirationSpot(circles: readonly Circle[]): LabelSpot | null {
  if (circles.length === 0) return null;
  return placeRegionLabel(
    circles,
    circles.map((circle) => circle.id),
  );
}

/** True when all the circles share a region with room for the aspiration. */
export function haveCommonRegion(circles: readonly Circle[]): boolean {
  return aspirationSpot(circles) !== null;
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

function intersectBoxes(members: readonly Circle[]): Box {
  return {
    left: Math.max(...members.map((c) => c.x - c.r)),
    top: Math.max(...members.map((c) => c.y - c.r)),
    right: Math.min(...members.map((c) => c.x + c.r)),
    bottom: Math.min(...members.map((c) => c.y + c.r)),
  };
}

/** Grid-sample the box at cell centres, then polish the few best cells by hill-climbing. */
function searchBox(box: Box, steps: number, score: (x: number, y: number) => number): LabelSpot {
  const cellWidth = (box.right - box.left) / steps;
  const cellHeight = (box.bottom - box.top) / steps;
  const centreX = (column: number): number => box.left + (column + 0.5) * cellWidth;
  const centreY = (row: number): number => box.top + (row + 0.5) * cellHeight;
  const clearances = new Float64Array(steps * steps);
  for (let row = 0; row < steps; row++) {
    for (let column = 0; column < steps; column++) {
      clearances[row * steps + column] = score(centreX(column), centreY(row));
    }
  }
  const seeds = largestIndexes(clearances, CLIMB_SEEDS);
  let best: LabelSpot = { x: box.left, y: box.top, clearance: -Infinity };
  for (const cell of seeds) {
    const x = centreX(cell % steps);
    const y = centreY(Math.floor(cell / steps));
    const polished = climb(x, y, Math.max(cellWidth, cellHeight), score);
    if (polished.clearance > best.clearance) best = polished;
  }
  return best;
}

const CLIMB_SEEDS = 3;

/**
 * Indexes of the `count` largest values, largest first; ties go to the earlier index, which keeps label placement
 * deterministic. The same as sorting every index and keeping the first few, without sorting them all: this runs for
 * every region on every frame of a drag.
 */
export function largestIndexes(values: ArrayLike<number>, count: number): number[] {
  const best: number[] = [];
  for (let index = 0; index < values.length; index++) {
    const value = values[index] as number;
    let at = best.length;
    while (at > 0 && value > (values[best[at - 1] as number] as number)) at--;
    if (at >= count) continue;
    best.splice(at, 0, index);
    if (best.length > count) best.pop();
  }
  return best;
}

const CLIMB_DIRECTIONS: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [Math.SQRT1_2, Math.SQRT1_2],
  [Math.SQRT1_2, -Math.SQRT1_2],
  [-Math.SQRT1_2, Math.SQRT1_2],
  [-Math.SQRT1_2, -Math.SQRT1_2],
];

/** Compass-direction pattern search: move while a neighbour is deeper, else halve the step. */
function climb(startX: number, startY: number, initialStep: number, score: (x: number, y: number) => number): LabelSpot {
  let x = startX;
  let y = startY;
  let clearance = score(x, y);
  let step = initialStep;
  const smallest = initialStep * 1e-4;
  while (step > smallest) {
    let moved = false;
    for (const [dx, dy] of CLIMB_DIRECTIONS) {
      const candidate = score(x + dx * step, y + dy * step);
      if (candidate > clearance) {
        x += dx * step;
        y += dy * step;
        clearance = candidate;
        moved = true;
      }
    }
    if (!moved) step /= 2;
  }
  return { x, y, clearance };
}
