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

/** Same centre and radius (within tolerance): such circles bound the same disc. */
export function isSameCircle(a: Circle, b: Circle): boolean {
  return (
    Math.abs(a.x - b.x) <= GEOMETRY_EPSILON &&
    Math.abs(a.y - b.y) <= GEOMETRY_EPSILON &&
    Math.abs(a.r - b.r) <= GEOMETRY_EPSILON
  );
}

/**
 * Where the rims of two circles cross: two points, one where they touch, none when they are apart,
 * nested or identical (identical circles share every point, which has no useful answer).
 */
export function circleIntersectionPoints(a: Circle, b: Circle): Point[] {
  const d = distance(a, b);
  if (d <= GEOMETRY_EPSILON) return [];
  if (d > a.r + b.r + GEOMETRY_EPSILON) return [];
  if (d < Math.abs(a.r - b.r) - GEOMETRY_EPSILON) return [];

  // Distance from a's centre, along the centre line, to the chord joining the two crossings.
  const along = (a.r * a.r - b.r * b.r + d * d) / (2 * d);
  const halfChord = Math.sqrt(Math.max(0, a.r * a.r - along * along));
  const ux = (b.x - a.x) / d;
  const uy = (b.y - a.y) / d;
  const mx = a.x + along * ux;
  const my = a.y + along * uy;
  if (halfChord <= GEOMETRY_EPSILON) return [{ x: mx, y: my }];
  return [
    { x: mx - halfChord * uy, y: my + halfChord * ux },
    { x: mx + halfChord * uy, y: my - halfChord * ux },
  ];
}

/** Closed-form area of the lens where two circles overlap. */
export function twoCircleOverlapArea(a: Circle, b: Circle): number {
  const d = distance(a, b);
  if (d >= a.r + b.r) return 0;
  const small = Math.min(a.r, b.r);
  if (d <= Math.abs(a.r - b.r)) return Math.PI * small * small;
  const r1 = a.r;
  const r2 = b.r;
  const alpha = Math.acos(clampUnit((d * d + r1 * r1 - r2 * r2) / (2 * d * r1)));
  const beta = Math.acos(clampUnit((d * d + r2 * r2 - r1 * r1) / (2 * d * r2)));
  const kite = 0.5 * Math.sqrt(Math.max(0, (-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2)));
  return r1 * r1 * alpha + r2 * r2 * beta - kite;
}

function clampUnit(value: number): number {
  return Math.min(1, Math.max(-1, value));
}
