// Where to put a label inside each region, and where the aspiration sits when all values meet.
import { type Circle, type Point, circleRelation, distance } from './circle';
import { type CandidateSource, poleCandidates, sharedPoleCandidates, type Side } from './pole';
import { areasOf, regionAreas } from './regions';

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
 * The point deepest inside the region made of exactly the circles `ids`: the centre of the largest circle that fits
 * inside every one of them and outside every other circle (its pole of inaccessibility), found exactly among the few
 * points where it can be (see poleCandidates). Deterministic. Null when no point is clear of every rim (by
 * MIN_LABEL_CLEARANCE), which includes every region with no area. For a region in several pieces the spot lands in
 * the roomiest piece.
 */
export function placeRegionLabel(
  circles: readonly Circle[],
  ids: readonly string[],
  candidates: CandidateSource = (sides, visit) => poleCandidates(circles, sides, visit),
): LabelSpot | null {
  const inside = new Set(ids);
  const members = circles.filter((circle) => inside.has(circle.id));
  if (members.length === 0 || members.length !== inside.size) return null;
  const sides = circles.map((circle): Side => (inside.has(circle.id) ? 1 : -1));
  // regionMargin over plain numbers, stopping as soon as a point cannot beat the best so far.
  let best: LabelSpot | null = null;
  candidates(sides, (x, y) => {
    let margin = Infinity;
    for (let i = 0; i < circles.length; i++) {
      const circle = circles[i] as Circle;
      const dx = x - circle.x;
      const dy = y - circle.y;
      margin = Math.min(margin, (sides[i] as Side) * (circle.r - Math.sqrt(dx * dx + dy * dy)));
      if (best && margin <= best.clearance) return;
    }
    if (Number.isFinite(margin)) best = { x, y, clearance: margin };
  });
  const spot = best as LabelSpot | null;
  return spot && spot.clearance > MIN_LABEL_CLEARANCE ? spot : null;
}

/** A label for every combination of the circles (ordered as `regionAreas` orders them), each where placeRegionLabel puts it. */
export function placeRegionLabels(circles: readonly Circle[]): RegionLabel[] {
  const candidates = sharedPoleCandidates(circles);
  return regionAreas(circles).map((region) => ({
    ids: region.ids,
    area: region.area,
    spot: region.area > MIN_LABELLED_AREA ? placeRegionLabel(circles, region.ids, candidates) : null,
  }));
}

/**
 * The spot placeRegionLabel finds, worked out among the circles that can bound the region: its own and those that are
 * not apart from any of them. A circle apart from one of the region's circles lies outside it, and the region inside
 * it, so that rim is always nearer than the other circle: it never decides the spot. Twelve circles in a ring leave
 * each value's own region three circles to solve among instead of twelve.
 */
export function placeRegionLabelAmongNeighbours(circles: readonly Circle[], ids: readonly string[]): LabelSpot | null {
  const inside = new Set(ids);
  const members = circles.filter((circle) => inside.has(circle.id));
  const near = circles.filter((circle) => inside.has(circle.id) || members.every((member) => circleRelation(circle, member) !== 'apart'));
  return placeRegionLabel(near, ids);
}

/**
 * Labels for just the `wanted` combinations of the circles (a figure needs each value's own region, the regions it badges
 * and the one where the aspiration sits), each once, ordered as `regionAreas` orders them and with their ids in circle
 * order, spotted as placeRegionLabelAmongNeighbours spots them. A combination naming an id not drawn is left out. Only
 * these are worked out: twelve circles have 4,095 combinations, and a drag asks for this on every move.
 */
export function placeWantedRegionLabels(circles: readonly Circle[], wanted: Iterable<readonly string[]>): RegionLabel[] {
  const bitOf = new Map(circles.map((circle, index) => [circle.id, 1 << index]));
  const masks = new Set<number>();
  for (const ids of wanted) {
    if (ids.length > 0 && ids.every((id) => bitOf.has(id))) masks.add(ids.reduce((mask, id) => mask | (bitOf.get(id) as number), 0));
  }
  const combinations = [...masks].sort((a, b) => a - b).map((mask) => circles.filter((_, index) => (mask & (1 << index)) !== 0).map((circle) => circle.id));
  const areas = areasOf(circles, combinations);
  return combinations.map((ids, index) => {
    const area = areas[index] as number;
    return { ids, area, spot: area > MIN_LABELLED_AREA ? placeRegionLabelAmongNeighbours(circles, ids) : null };
  });
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
