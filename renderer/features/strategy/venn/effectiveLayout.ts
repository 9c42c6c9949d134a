// The layout the editor shows: the saved one, reconciled with the values as they are now (new, archived, or never laid out).
import { type Circle } from '../../../../shared/domain/venn/circle';
import { circleInLargestFreeArea } from '../../../../shared/domain/venn/freeSpot';
import { MAX_SHOWN_VALUES, vennLayoutFromCircles, vennLayoutSchema, type VennLayout } from '../../../../shared/domain/venn/layout';
import { tidyLayout } from '../../../../shared/domain/venn/tidyLayout';

/** The editor's canvas, in diagram units (the SVG scales to fit its box). */
export const CANVAS = { width: 720, height: 460 } as const;

/** Within this many diagram units of the tidy layout's spot, a circle counts as never arranged by hand. */
const UNTOUCHED_TOLERANCE = 0.5;

/** True when every circle sits where the tidy layout put it: the person has not arranged the diagram yet. */
function isTidy(circles: readonly Circle[]): boolean {
  const tidy = tidyLayout(
    circles.map((circle) => circle.id),
    CANVAS.width,
    CANVAS.height,
  );
  return circles.every((circle, index) => {
    const spot = tidy[index];
    return spot !== undefined && Math.max(Math.abs(spot.x - circle.x), Math.abs(spot.y - circle.y), Math.abs(spot.r - circle.r)) <= UNTOUCHED_TOLERANCE;
  });
}

/**
 * Circles for `shown`: saved ones where they were. While nobody has arranged the diagram (no circle saved, or all
 * where the tidy layout put them), new values join a fresh tidy layout, so the default stays the classic symmetric
 * one; once someone has arranged it, a new value goes into the largest free area instead of over their work.
 */
function placeCircles(shown: readonly string[], saved: ReadonlyMap<string, Circle>): Circle[] {
  const kept = shown.flatMap((id) => {
    const circle = saved.get(id);
    return circle ? [circle] : [];
  });
  if (kept.length === shown.length) return kept;
  if (isTidy(kept)) return tidyLayout(shown, CANVAS.width, CANVAS.height);
  const radius = tidyLayout(shown, CANVAS.width, CANVAS.height)[0]?.r ?? MIN_NEW_RADIUS;
  const placed = [...kept];
  return shown.map((id) => {
    const circle = saved.get(id);
    if (circle) return circle;
    const fresh = circleInLargestFreeArea(id, radius, placed, CANVAS);
    placed.push(fresh);
    return fresh;
  });
}

/** A radius for a new circle when there is no tidy layout to take one from. */
const MIN_NEW_RADIUS = 80;

/**
 * Archived or deleted values leave the diagram; a value never placed before joins it while there is
 * room (at most MAX_SHOWN_VALUES are shown), placed as placeCircles says. Values hidden on purpose
 * stay hidden, and remembered circles keep their places.
 */
export function effectiveLayout(stored: unknown, activeIds: readonly string[]): VennLayout {
  const parsed = vennLayoutSchema.safeParse(stored);
  const previous = parsed.success ? parsed.data : undefined;
  const active = new Set(activeIds);
  const known = new Set(previous?.circles.map((circle) => circle.valueId) ?? []);
  const shown = (previous?.shown ?? []).filter((id) => active.has(id));
  for (const id of activeIds) {
    if (shown.length >= MAX_SHOWN_VALUES) break;
    if (!known.has(id) && !shown.includes(id)) shown.push(id);
  }
  return layoutShowing(shown, previous);
}

/** The layout on the editor's canvas showing `shown`, with the previous layout's circles (scaled to the canvas) kept. */
function layoutShowing(shown: readonly string[], previous: VennLayout | undefined): VennLayout {
  const scale = previous ? Math.min(CANVAS.width / previous.width, CANVAS.height / previous.height) : 1;
  const saved = new Map(
    (previous?.circles ?? []).map((circle) => [circle.valueId, { id: circle.valueId, x: circle.x * scale, y: circle.y * scale, r: circle.r * scale }]),
  );
  return vennLayoutFromCircles(placeCircles(shown, saved), CANVAS.width, CANVAS.height, { shown, previous });
}

/** The shown circles of a layout, in shown order. */
export function shownCircles(layout: VennLayout): Circle[] {
  const byId = new Map(layout.circles.map((circle) => [circle.valueId, circle]));
  return layout.shown.flatMap((id) => {
    const circle = byId.get(id);
    return circle ? [{ id, x: circle.x, y: circle.y, r: circle.r }] : [];
  });
}

/** The layout with some shown circles replaced (others, and hidden ones, unchanged). */
export function withCircles(layout: VennLayout, circles: readonly Circle[]): VennLayout {
  const changed = new Map(circles.map((circle) => [circle.id, circle]));
  return {
    ...layout,
    circles: layout.circles.map((circle) => {
      const next = changed.get(circle.valueId);
      return next ? { valueId: circle.valueId, x: next.x, y: next.y, r: next.r } : circle;
    }),
  };
}

/** Show or hide one value; a newly shown value without a remembered circle is placed like a new one. */
export function withShown(layout: VennLayout, id: string, show: boolean, activeIds: readonly string[]): VennLayout {
  if (!show) return { ...layout, shown: layout.shown.filter((shownId) => shownId !== id) };
  if (layout.shown.includes(id) || layout.shown.length >= MAX_SHOWN_VALUES) return layout;
  return effectiveLayout(layoutShowing([...layout.shown, id], layout), activeIds);
}
