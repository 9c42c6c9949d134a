// Where a value's label goes when its circle has no room of its own, and the boxes labels, badges and the aspiration take, so none covers another.
import { type Circle, type Point } from '../../../shared/domain/venn/circle';
import { wrapText } from './wrapText';

/** An axis-aligned box given by its centre. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A value label's lines: long names wrap to two lines, then end in "…" (the full name is its tooltip and description). */
const LABEL_MAX_LINES = 2;
const LABEL_LINE_CHARS = 18;
export const LABEL_LINE_HEIGHT = 17;
/** Rough width of a character at the label size (15 px, semibold), generous so that the box covers the text. */
const LABEL_CHAR_WIDTH = 8.6;
/** A badge: 20 px tall, 12 px plus 7.5 px per digit wide (as VennBadgeShape draws it). */
export const BADGE_HEIGHT = 20;
/** Room left between a label outside its circle and the rim. */
const RIM_GAP = 10;
/** Directions tried for a label outside its rim: every 15 degrees. */
const OUTSIDE_DIRECTIONS = 24;
/** How much further out a label may go, in steps, when everything next to the rim is taken. */
const OUTSIDE_STEPS = [0, 24, 48, 96, 160];
/**
 * How far inside the canvas's edges a label outside its rim keeps: its box is an estimate from a typical character width,
 * and a wide font (DejaVu Sans, Linux's usual) draws a line a few units longer, past the edge of the editor's card.
 */
const EDGE_MARGIN = 8;

export function labelLines(label: string): string[] {
  return wrapText(label, LABEL_LINE_CHARS, LABEL_MAX_LINES);
}

export function labelBox(lines: readonly string[], x: number, y: number): Box {
  const longest = Math.max(1, ...lines.map((line) => line.length));
  return { x, y, width: longest * LABEL_CHAR_WIDTH + 6, height: lines.length * LABEL_LINE_HEIGHT + 2 };
}

export function badgeBox(count: number, x: number, y: number): Box {
  return { x, y, width: 12 + String(count).length * 7.5 + 4, height: BADGE_HEIGHT + 2 };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
}

function cornersOf(box: Box): Point[] {
  const [dx, dy] = [box.width / 2, box.height / 2];
  return [
    { x: box.x - dx, y: box.y - dy },
    { x: box.x + dx, y: box.y - dy },
    { x: box.x - dx, y: box.y + dy },
    { x: box.x + dx, y: box.y + dy },
  ];
}

/** True when the whole box lies inside `circle` and outside every other circle: in the value's own region. */
export function boxInOwnRegion(box: Box, circle: Circle, circles: readonly Circle[]): boolean {
  const inside = (point: Point, c: Circle) => (point.x - c.x) ** 2 + (point.y - c.y) ** 2 < c.r * c.r;
  const corners = cornersOf(box);
  if (!corners.every((corner) => inside(corner, circle))) return false;
  // Corners inside the circle put the whole box inside it (both are convex); another circle misses the box when the
  // box's point nearest that circle's centre is outside it.
  return circles.every((other) => {
    if (other.id === circle.id) return true;
    const nearestX = Math.max(box.x - box.width / 2, Math.min(other.x, box.x + box.width / 2));
    const nearestY = Math.max(box.y - box.height / 2, Math.min(other.y, box.y + box.height / 2));
    return (nearestX - other.x) ** 2 + (nearestY - other.y) ** 2 >= other.r * other.r;
  });
}

/**
 * How far along the unit direction (ux, uy) from a circle's centre a box of half-sizes (halfWidth, halfHeight) must be
 * centred for its nearest point to lie `clearance` from the centre: the nearest point is an edge's middle when the box
 * sits beside or above the centre, else the corner facing it.
 */
export function clearingDistance(ux: number, uy: number, halfWidth: number, halfHeight: number, clearance: number): number {
  const [a, b] = [Math.abs(ux), Math.abs(uy)];
  // Beside: the facing edge is clearance away while the box still spans the centre's height.
  if (a > 1e-9 && ((clearance + halfWidth) / a) * b <= halfHeight) return (clearance + halfWidth) / a;
  if (b > 1e-9 && ((clearance + halfHeight) / b) * a <= halfWidth) return (clearance + halfHeight) / b;
  // The facing corner: (d a - halfWidth)² + (d b - halfHeight)² = clearance², the larger root.
  const along = a * halfWidth + b * halfHeight;
  return along + Math.sqrt(Math.max(0, along * along - (halfWidth * halfWidth + halfHeight * halfHeight - clearance * clearance)));
}

/** The label's box pushed out from the rim along `angle`, far enough that no part of it is inside the circle. */
function outsideBox(circle: Circle, lines: readonly string[], angle: number, further: number): { box: Box; rim: Point } {
  const size = labelBox(lines, 0, 0);
  const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
  const distance = clearingDistance(ux, uy, size.width / 2, size.height / 2, circle.r + RIM_GAP + further);
  return {
    box: labelBox(lines, circle.x + distance * ux, circle.y + distance * uy),
    rim: { x: circle.x + circle.r * ux, y: circle.y + circle.r * uy },
  };
}

export interface OutsideSpot {
  readonly box: Box;
  /** Where the leader line from the label meets the rim. */
  readonly rim: Point;
}

/**
 * A spot outside the circle's rim for its label, clear of every taken box and on the canvas, trying first the direction
 * away from the diagram's middle (where the other circles are least likely to be). When every direction is blocked the
 * least crowded one is used: a label is never dropped.
 */
export function outsideLabelSpot(
  circle: Circle,
  lines: readonly string[],
  circles: readonly Circle[],
  taken: readonly Box[],
  canvas: { readonly width: number; readonly height: number },
): OutsideSpot {
  const middle = {
    x: circles.reduce((sum, c) => sum + c.x, 0) / Math.max(1, circles.length),
    y: circles.reduce((sum, c) => sum + c.y, 0) / Math.max(1, circles.length),
  };
  const away = Math.hypot(circle.x - middle.x, circle.y - middle.y) > 1e-6 ? Math.atan2(circle.y - middle.y, circle.x - middle.x) : -Math.PI / 2;
  let best: { spot: OutsideSpot; penalty: number } | null = null;
  for (const [ring, further] of OUTSIDE_STEPS.entries()) {
    for (let step = 0; step < OUTSIDE_DIRECTIONS; step++) {
      // Every term of a penalty is at least 0, so no spot from here on can beat one below ring * 100 + step.
      if (best && best.penalty <= ring * 100 + step) return best.spot;
      // 0, +15°, −15°, +30°, ... fanning out from the preferred direction.
      const turn = Math.ceil(step / 2) * (step % 2 === 1 ? 1 : -1) * ((2 * Math.PI) / OUTSIDE_DIRECTIONS);
      const spot = outsideBox(circle, lines, away + turn, further);
      const { box } = spot;
      const offCanvas =
        Math.max(0, EDGE_MARGIN - (box.x - box.width / 2)) +
        Math.max(0, box.x + box.width / 2 - (canvas.width - EDGE_MARGIN)) +
        Math.max(0, EDGE_MARGIN - (box.y - box.height / 2)) +
        Math.max(0, box.y + box.height / 2 - (canvas.height - EDGE_MARGIN));
      const collisions = taken.filter((other) => boxesOverlap(box, other)).length;
      const overOtherCircles = circles.filter((other) => other.id !== circle.id && Math.hypot(box.x - other.x, box.y - other.y) < other.r).length;
      const penalty = collisions * 1e7 + offCanvas * 1e4 + ring * 100 + overOtherCircles * 10 + step;
      if (!best || penalty < best.penalty) best = { spot, penalty };
    }
  }
  return (best as { spot: OutsideSpot }).spot;
}
