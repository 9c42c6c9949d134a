// Keeping circles on the canvas while they are dragged, nudged with arrow keys or resized with +/-.
import { type Circle } from './circle';

export interface CanvasSize {
  readonly width: number;
  readonly height: number;
}

export interface RadiusBounds {
  readonly minRadius: number;
  readonly maxRadius: number;
}

/** Smallest circle that still fits a short label and is easy to grab. */
export const MIN_CIRCLE_RADIUS = 24;
/** Generous upper bound; the canvas size is the real limit in practice. */
export const MAX_CIRCLE_RADIUS = 2000;
export const DEFAULT_RADIUS_BOUNDS: RadiusBounds = { minRadius: MIN_CIRCLE_RADIUS, maxRadius: MAX_CIRCLE_RADIUS };

/**
 * The radius limits on a given canvas: never larger than half its shorter side (so the circle fits),
 * and never below the minimum unless the canvas itself is too small for it.
 */
export function radiusLimits(canvas: CanvasSize, bounds: RadiusBounds = DEFAULT_RADIUS_BOUNDS): RadiusBounds {
  const fits = Math.max(0, Math.min(canvas.width, canvas.height) / 2);
  const maxRadius = Math.min(bounds.maxRadius, fits);
  return { minRadius: Math.min(bounds.minRadius, maxRadius), maxRadius };
}

/** The circle with its radius within limits and its whole disc on the canvas. */
export function clampCircle(circle: Circle, canvas: CanvasSize, bounds: RadiusBounds = DEFAULT_RADIUS_BOUNDS): Circle {
  const { minRadius, maxRadius } = radiusLimits(canvas, bounds);
  const r = clamp(finiteOr(circle.r, minRadius), minRadius, maxRadius);
  const x = clamp(finiteOr(circle.x, canvas.width / 2), r, canvas.width - r);
  const y = clamp(finiteOr(circle.y, canvas.height / 2), r, canvas.height - r);
  return { ...circle, x, y, r };
}

/** Move by (dx, dy), stopping at the canvas edge rather than leaving it. */
export function moveCircle(
  circle: Circle,
  dx: number,
  dy: number,
  canvas: CanvasSize,
  bounds: RadiusBounds = DEFAULT_RADIUS_BOUNDS,
): Circle {
  return clampCircle({ ...circle, x: circle.x + dx, y: circle.y + dy }, canvas, bounds);
}

/**
 * Grow (positive delta) or shrink the radius within limits. Near an edge the centre shifts inwards
 * so the grown circle stays whole on the canvas.
 */
export function resizeCircle(
  circle: Circle,
  delta: number,
  canvas: CanvasSize,
  bounds: RadiusBounds = DEFAULT_RADIUS_BOUNDS,
): Circle {
  return clampCircle({ ...circle, r: circle.r + delta }, canvas, bounds);
}

/** Every circle clamped, e.g. after the canvas shrinks. */
export function clampCircles(
  circles: readonly Circle[],
  canvas: CanvasSize,
  bounds: RadiusBounds = DEFAULT_RADIUS_BOUNDS,
): Circle[] {
  return circles.map((circle) => clampCircle(circle, canvas, bounds));
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}
