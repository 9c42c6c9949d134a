// A tidy, symmetric starting layout: equal circles with centres on a regular polygon, fitted to the canvas.
import { type Circle } from './circle';

/** The most circles the symmetric layout arranges (as many as the diagram shows). */
export const MAX_TIDY_CIRCLES = 12;

/**
 * From six circles on, no arrangement of circles gives every combination a region, and a ring where each circle
 * overlaps only its two neighbours reads best: neighbours' centres are this many radii apart, so each pair shares a
 * lens and every circle keeps most of itself as its own region, with room for its label.
 */
const RING_NEIGHBOUR_DISTANCE = 1.2;

/**
 * Distance from the polygon's centre to each circle's centre, as a fraction of the circle radius,
 * chosen by measuring every region's label room: at these ratios the tightest region's label is as
 * far from its rims as the symmetry allows.
 *
 * Which combinations get a region:
 * - 1 to 3 circles: every combination (a full Venn diagram).
 * - 4 circles (on a square): 13 of the 15. Circles can never give all 15, and here the two
 *   diagonal pairs on their own ({1st, 3rd} and {2nd, 4th} without the others) are the missing ones.
 * - 5 circles (on a pentagon): 21 of the 31, the most five circles can give: every single circle,
 *   every run of 2, 3 or 4 neighbours around the ring, and all five. Combinations that skip a
 *   neighbour (such as {1st, 3rd}) have no region.
 * - 6 to 12 circles (a ring): every single circle and every pair of neighbours.
 */
const CENTRE_DISTANCE_RATIO: Readonly<Record<number, number>> = {
  1: 0,
  2: 0.5,
  3: 0.66,
  4: 0.58,
  5: 0.56,
};

/** Empty margin around the diagram, as a fraction of the canvas's shorter side. */
const PADDING_FRACTION = 0.04;

/** Centre distance over radius for `count` circles: measured for up to five, a ring of neighbours beyond. */
function centreDistanceRatio(count: number): number {
  return CENTRE_DISTANCE_RATIO[count] ?? RING_NEIGHBOUR_DISTANCE / 2 / Math.sin(Math.PI / count);
}

/**
 * Equal circles for the given ids (in order), the first at the top (or left, for two) and the rest
 * clockwise, scaled and centred to fit width × height. Throws for more than the diagram shows.
 */
export function tidyLayout(ids: readonly string[], width: number, height: number): Circle[] {
  const count = ids.length;
  if (count === 0) return [];
  if (count > MAX_TIDY_CIRCLES) {
    throw new RangeError(`The tidy layout arranges at most ${MAX_TIDY_CIRCLES} circles, not ${count}`);
  }
  const ratio = centreDistanceRatio(count);
  // Two circles sit side by side; from three on, the first one is at the top.
  const startAngle = count === 2 ? Math.PI : -Math.PI / 2;
  const unit = ids.map((id, index) => {
    const angle = startAngle + (2 * Math.PI * index) / count;
    return { id, x: ratio * Math.cos(angle), y: ratio * Math.sin(angle), r: 1 };
  });
  return fitToCanvas(unit, width, height);
}

/**
 * Scale and centre circles uniformly so their bounding box fills the canvas less a small margin;
 * shapes and proportions are kept.
 */
export function fitToCanvas(circles: readonly Circle[], width: number, height: number): Circle[] {
  if (circles.length === 0) return [];
  const left = Math.min(...circles.map((c) => c.x - c.r));
  const right = Math.max(...circles.map((c) => c.x + c.r));
  const top = Math.min(...circles.map((c) => c.y - c.r));
  const bottom = Math.max(...circles.map((c) => c.y + c.r));
  const padding = Math.min(width, height) * PADDING_FRACTION;
  const spanX = right - left;
  const spanY = bottom - top;
  const availableX = Math.max(0, width - 2 * padding);
  const availableY = Math.max(0, height - 2 * padding);
  const scale = spanX > 0 && spanY > 0 ? Math.min(availableX / spanX, availableY / spanY) : 0;
  const centreX = (left + right) / 2;
  const centreY = (top + bottom) / 2;
  return circles.map((circle) => ({
    id: circle.id,
    x: width / 2 + (circle.x - centreX) * scale,
    y: height / 2 + (circle.y - centreY) * scale,
    r: circle.r * scale,
  }));
}
