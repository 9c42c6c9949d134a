// Circles and points of the Venn diagram, and the plane geometry between them (containment, crossings).

/** A value's circle in canvas coordinates (y grows downwards, as on screen). */
export interface Circle {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Tolerance, in canvas units, below which two lengths count as equal. Canvas units are pixels, so
 * this is far below anything visible yet far above floating-point noise.
 */
export const GEOMETRY_EPSILON = 1e-9;

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Inside or on the rim: a point exactly on the circle counts as inside. */
export function isPointInCircle(point: Point, circle: Circle): boolean {
  return distance(point, circle) <= circle.r + GEOMETRY_EPSILON;
}

/**
 * How far apart, relative to the larger radius, two circles' centres and radii may be and still count as one disc, and
 * how near a rim may come to touching another and still count as touching rather than crossing. Circles nudged in fixed
 * keyboard steps can coincide exactly, and fast-check finds centres 1e-9 apart: below this the crossing points are
 * ill-conditioned (moving a radius by one rounding error moves them far along the rim), while treating the circles as
 * one changes any area by under 2e-9 of a disc.
 */
export const COINCIDENCE_TOLERANCE = 1e-9;

function lengthTolerance(a: Circle, b: Circle): number {
  return COINCIDENCE_TOLERANCE * Math.max(1, a.r, b.r);
}

/** How one circle sits relative to another; `crossing` is the only one in which the rims cross. */
export type CircleRelation = 'same' | 'apart' | 'inside' | 'contains' | 'crossing';

/**
 * How `a` relates to `b`, every decision taken with one tolerance so that nothing downstream can disagree: circles that
 * only touch (within it) are apart or nested, and near-coincident ones are the same.
 */
export function circleRelation(a: Circle, b: Circle): CircleRelation {
  const tolerance = lengthTolerance(a, b);
  const d = distance(a, b);
  if (d <= tolerance && Math.abs(a.r - b.r) <= tolerance) return 'same';
  if (d >= a.r + b.r - tolerance) return 'apart';
  if (d + a.r <= b.r + tolerance) return 'inside';
  if (d + b.r <= a.r + tolerance) return 'contains';
  return 'crossing';
}

/** Same centre and radius (within COINCIDENCE_TOLERANCE): such circles bound the same disc. */
export function isSameCircle(a: Circle, b: Circle): boolean {
  return circleRelation(a, b) === 'same';
}

/**
 * Where the rims of two circles cross: two points, one where they touch, none when they are apart,
 * nested or identical (identical circles share every point, which has no useful answer).
 */
export function circleIntersectionPoints(a: Circle, b: Circle): Point[] {
  const relation = circleRelation(a, b);
  if (relation === 'same') return [];
  const d = distance(a, b);
  const tolerance = lengthTolerance(a, b);
  const touching = Math.abs(d - (a.r + b.r)) <= tolerance || Math.abs(d - Math.abs(a.r - b.r)) <= tolerance;
  if (relation !== 'crossing' && !touching) return [];

  // Distance from a's centre, along the centre line, to the chord joining the two crossings. Factored so that nearly
  // equal radii do not cancel (a.r² − b.r² loses every digit when they agree to 1e-9).
  const along = ((a.r - b.r) * (a.r + b.r) + d * d) / (2 * d);
  const halfChord = relation === 'crossing' ? Math.sqrt(Math.max(0, (a.r - along) * (a.r + along))) : 0;
  const ux = (b.x - a.x) / d;
  const uy = (b.y - a.y) / d;
  const mx = a.x + along * ux;
  const my = a.y + along * uy;
  if (relation !== 'crossing') return [{ x: mx, y: my }];
  return [
    { x: mx - halfChord * uy, y: my + halfChord * ux },
    { x: mx + halfChord * uy, y: my - halfChord * ux },
  ];
}
