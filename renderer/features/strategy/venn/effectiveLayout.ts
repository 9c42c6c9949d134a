// The layout the editor shows: the saved one, reconciled with the values as they are now (new, archived, or never laid out).
import { type Circle } from '../../../../shared/domain/venn/circle';
import { MAX_SHOWN_VALUES, vennLayoutFromCircles, vennLayoutSchema, type VennLayout } from '../../../../shared/domain/venn/layout';
import { tidyLayout } from '../../../../shared/domain/venn/tidy-layout';

/** The editor's canvas, in diagram units (the SVG scales to fit its box). */
export const CANVAS = { width: 720, height: 460 } as const;

/**
 * Archived or deleted values leave the diagram; a value never placed before joins it while there is
 * room (at most five are shown); a shown value without a circle gets the tidy layout's spot for it.
 * Values hidden on purpose stay hidden, and remembered circles keep their places.
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
  const byId = new Map(previous?.circles.map((circle) => [circle.valueId, circle]) ?? []);
  const tidy = tidyLayout(shown, CANVAS.width, CANVAS.height);
  const scale = previous ? Math.min(CANVAS.width / previous.width, CANVAS.height / previous.height) : 1;
  const circles: Circle[] = shown.map((id, index) => {
    const saved = byId.get(id);
    if (saved) return { id, x: saved.x * scale, y: saved.y * scale, r: saved.r * scale };
    return tidy[index] ?? { id, x: CANVAS.width / 2, y: CANVAS.height / 2, r: 80 };
  });
  return vennLayoutFromCircles(circles, CANVAS.width, CANVAS.height, { shown, previous });
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
  const shown = [...layout.shown, id];
  const hasCircle = layout.circles.some((circle) => circle.valueId === id);
  const next = { ...layout, shown };
  if (hasCircle) return next;
  const spot = tidyLayout(shown, layout.width, layout.height)[shown.length - 1];
  return effectiveLayout({ ...next, circles: spot ? [...layout.circles, { valueId: id, x: spot.x, y: spot.y, r: spot.r }] : layout.circles }, activeIds);
}
