// Where a Venn region's deepest point can be: the few points where one, two or three rims are equally near.
import { type Circle, GEOMETRY_EPSILON } from './circle';

/** A circle's side of a region: 1 when the region is inside it, -1 when outside. */
export type Side = 1 | -1;

type Visit = (x: number, y: number) => void;
type Unknown = 0 | 1 | 2;

/** Below this, relative to the sizes involved, a system of equations counts as singular. */
const SINGULAR = 1e-12;

/**
 * Visits every point where the margin of the region (the least distance to a rim, counted on the region's side of
 * each circle) can be highest. At that point no move increases every nearest rim's distance at once, so either one
 * rim is nearest and the point is a member circle's centre, or two are equally near and pull in opposite directions
 * (the point is on the line through both centres), or three are equally near (Apollonius' problem). Points that fail
 * their conditions (a negative radius, a wrong side) may be visited too: callers score each point by its true margin.
 */
export function poleCandidates(circles: readonly Circle[], sides: readonly Side[], visit: Visit): void {
  visitCandidates(circles, sides, visit, solveRims(circles, sides));
}

/** The points of one pair of rims (k undefined) or one triple, by the circles' indices, passed to `visit`. */
type RimPoints = (i: number, j: number, k: number | undefined, visit: Visit) => void;

/** The candidates in their fixed order: each member centre, then each pair's points and, after it, its triples'. */
function visitCandidates(circles: readonly Circle[], sides: readonly Side[], visit: Visit, rimPoints: RimPoints): void {
  for (let i = 0; i < circles.length; i++) {
    const a = circles[i] as Circle;
    if (sides[i] === 1) visit(a.x, a.y);
    for (let j = i + 1; j < circles.length; j++) {
      rimPoints(i, j, undefined, visit);
      for (let k = j + 1; k < circles.length; k++) rimPoints(i, j, k, visit);
    }
  }
}

/** Solves each pair's or triple's points afresh. */
function solveRims(circles: readonly Circle[], sides: readonly Side[]): RimPoints {
  const circle = (index: number) => circles[index] as Circle;
  const side = (index: number) => sides[index] as Side;
  return (i, j, k, visit) =>
    k === undefined
      ? twoRimPoints(circle(i), side(i), circle(j), side(j), visit)
      : threeRimPoints(circle(i), side(i), circle(j), side(j), circle(k), side(k), visit);
}

/** Where the candidates for one region come from: its circles are fixed, `sides` says which it lies inside. */
export type CandidateSource = (sides: readonly Side[], visit: Visit) => void;

/**
 * poleCandidates for many regions of the same circles, visiting the same points in the same order, with the points of
 * each pair and triple of rims worked out once per way the regions sit relative to them, not once per region (five
 * circles have 31 regions but at most 8 sign patterns per triple).
 */
export function sharedPoleCandidates(circles: readonly Circle[]): CandidateSource {
  const count = circles.length;
  // Found points as flat x, y lists, by pair or triple (k = count for a pair) and the sides as three bits.
  const memo: (number[] | undefined)[] = new Array(count * count * (count + 1) * 8);
  const bit = (side: Side | undefined) => (side === 1 ? 1 : 0);
  return (sides, visit) => {
    const solve = solveRims(circles, sides);
    visitCandidates(circles, sides, visit, (i, j, k, emit) => {
      const bits = (bit(sides[i]) << 2) | (bit(sides[j]) << 1) | (k === undefined ? 0 : bit(sides[k]));
      const key = (((i * count + j) * (count + 1) + (k ?? count)) << 3) | bits;
      let points = memo[key];
      if (!points) {
        const found: number[] = [];
        solve(i, j, k, (x, y) => found.push(x, y));
        memo[key] = points = found;
      }
      for (let p = 0; p < points.length; p += 2) emit(points[p] as number, points[p + 1] as number);
    });
  };
}

/**
 * Points on the line through both centres whose distance to each rim, on the region's side, is the same margin t:
 * |p - a| = a.r - sa t and |p - b| = b.r - sb t, for each way p can sit relative to the two centres.
 */
export function twoRimPoints(a: Circle, sa: Side, b: Circle, sb: Side, visit: Visit): void {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const apart = Math.hypot(dx, dy);
  if (apart <= GEOMETRY_EPSILON) {
    // Concentric rims: the points halfway between them form a ring; one of them stands for it.
    if (sa === sb) return;
    const t = (a.r - b.r) / (sa - sb);
    const radius = a.r - sa * t;
    if (radius > 0) visit(a.x + radius, a.y);
    return;
  }
  const ux = dx / apart;
  const uy = dy / apart;
  // p = a + s u; ea s = |p - a| and eb (s - apart) = |p - b| for the signs that match where p is.
  for (const ea of [1, -1]) {
    for (const eb of [1, -1]) {
      const det = ea * sb - sa * eb;
      if (det === 0) continue;
      const s = (a.r * sb - sa * (b.r + eb * apart)) / det;
      visit(a.x + s * ux, a.y + s * uy);
    }
  }
}

/**
 * Points whose distance to each of three rims, on the region's side, is the same margin t: |p - k| = k.r - sk t.
 * Subtracting the squared equations leaves two linear ones in (x, y, t); two unknowns follow from the third, which
 * the first squared equation then fixes (a quadratic: up to two points).
 */
export function threeRimPoints(a: Circle, sa: Side, b: Circle, sb: Side, c: Circle, sc: Side, visit: Visit): void {
  const row = (k: Circle, sk: Side): [number, number, number, number] => [
    2 * (k.x - a.x),
    2 * (k.y - a.y),
    -2 * (k.r * sk - a.r * sa),
    k.x * k.x + k.y * k.y - a.x * a.x - a.y * a.y - (k.r * k.r - a.r * a.r),
  ];
  const first = row(b, sb);
  const second = row(c, sc);
  // Solve for the pair of unknowns (0: x, 1: y, 2: t) whose 2×2 system is best conditioned; the third is free.
  let chosen: readonly [Unknown, Unknown, Unknown] = [0, 1, 2];
  let det = 0;
  for (const pair of [[0, 1, 2], [0, 2, 1], [1, 2, 0]] as const) {
    const candidate = first[pair[0]] * second[pair[1]] - first[pair[1]] * second[pair[0]];
    if (Math.abs(candidate) > Math.abs(det)) {
      det = candidate;
      chosen = pair;
    }
  }
  const scale = Math.hypot(first[0], first[1], first[2]) * Math.hypot(second[0], second[1], second[2]);
  if (Math.abs(det) <= SINGULAR * scale) return;
  const [i, j, free] = chosen;
  // Each solved unknown is base + slope × w, where w is the free one.
  const solve = (top: number, bottom: number): [number, number] => [(top * second[j] - first[j] * bottom) / det, (first[i] * bottom - top * second[i]) / det];
  const [baseI, baseJ] = solve(first[3], second[3]);
  const [slopeI, slopeJ] = solve(-first[free], -second[free]);
  const base: [number, number, number] = [0, 0, 0];
  const slope: [number, number, number] = [0, 0, 0];
  base[i] = baseI;
  base[j] = baseJ;
  slope[i] = slopeI;
  slope[j] = slopeJ;
  slope[free] = 1;
  const [x0, y0, t0] = base;
  const [x1, y1, t1] = slope;
  // (x - a.x)² + (y - a.y)² = (a.r - sa t)², as a quadratic in w.
  const px = x0 - a.x;
  const py = y0 - a.y;
  const q0 = a.r - sa * t0;
  const q1 = -sa * t1;
  const quadratic = x1 * x1 + y1 * y1 - q1 * q1;
  const linear = 2 * (px * x1 + py * y1 - q0 * q1);
  const constant = px * px + py * py - q0 * q0;
  for (const w of quadraticRoots(quadratic, linear, constant)) visit(x0 + x1 * w, y0 + y1 * w);
}

/** Real roots of q w² + l w + c = 0 (one when it is linear, none when it has no real root). */
export function quadraticRoots(q: number, l: number, c: number): number[] {
  const size = Math.max(Math.abs(q), Math.abs(l), Math.abs(c));
  if (size === 0) return [];
  if (Math.abs(q) <= SINGULAR * size) return Math.abs(l) <= SINGULAR * size ? [] : [-c / l];
  const discriminant = l * l - 4 * q * c;
  // A touching (double) root can come out a rounding error below zero.
  if (discriminant < -SINGULAR * Math.max(l * l, Math.abs(4 * q * c))) return [];
  // The stable form: no cancellation between -l and the square root.
  const root = Math.sqrt(Math.max(0, discriminant));
  const half = -0.5 * (l + (l >= 0 ? root : -root));
  if (half === 0) return [0];
  return [half / q, c / half];
}
