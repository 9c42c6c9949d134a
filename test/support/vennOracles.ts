// Venn geometry that only the tests need: closed forms and derived areas used as oracles for the production solvers.
import { circleRelation, distance, type Circle } from '../../shared/domain/venn/circle';
import type { CanvasSize } from '../../shared/domain/venn/canvas';
import { areasOf, regionAreas } from '../../shared/domain/venn/regions';

/** The area of the exclusive region made of exactly these circles (0 when it does not exist). */
export function regionArea(circles: readonly Circle[], ids: readonly string[]): number {
  return areasOf(circles, [ids])[0] as number;
}

/** The area common to all the given circles: the exclusive region that holds every one of them. */
export function intersectionArea(circles: readonly Circle[]): number {
  if (circles.length === 0) return 0;
  return regionArea(circles, circles.map((circle) => circle.id));
}

/** The area covered by at least one circle. */
export function unionArea(circles: readonly Circle[]): number {
  return regionAreas(circles).reduce((total, region) => total + region.area, 0);
}

/** Closed-form area of the lens where two circles overlap (touching and near-coincident circles as circleRelation says). */
export function twoCircleOverlapArea(a: Circle, b: Circle): number {
  const relation = circleRelation(a, b);
  if (relation === 'apart') return 0;
  if (relation !== 'crossing') return Math.PI * Math.min(a.r, b.r) ** 2;
  const d = distance(a, b);
  const r1 = a.r;
  const r2 = b.r;
  // r1² − r2² factored, as in circleIntersectionPoints: near tangency acos magnifies any cancellation in its argument.
  const alpha = Math.acos(clampUnit((d * d + (r1 - r2) * (r1 + r2)) / (2 * d * r1)));
  const beta = Math.acos(clampUnit((d * d + (r2 - r1) * (r1 + r2)) / (2 * d * r2)));
  const kite = 0.5 * Math.sqrt(Math.max(0, (-d + r1 + r2) * (d + r1 - r2) * (d - r1 + r2) * (d + r1 + r2)));
  return r1 * r1 * alpha + r2 * r2 * beta - kite;
}

/** True when the whole disc lies on the canvas (within rounding). */
export function isCircleOnCanvas(circle: Circle, canvas: CanvasSize): boolean {
  const slack = 1e-9;
  return (
    circle.x - circle.r >= -slack &&
    circle.y - circle.r >= -slack &&
    circle.x + circle.r <= canvas.width + slack &&
    circle.y + circle.r <= canvas.height + slack
  );
}

function clampUnit(value: number): number {
  return Math.min(1, Math.max(-1, value));
}
