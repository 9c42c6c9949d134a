// The Venn layout as stored in a strategy draft (JSON): schema, parsing, and conversion to and from circles.
import { z } from 'zod';
import { MAX_CIRCLE_RADIUS, MIN_CIRCLE_RADIUS, clampCircles } from './canvas';
import { type Circle } from './circle';
import { MAX_TIDY_CIRCLES } from './tidyLayout';

export const VENN_LAYOUT_VERSION = 1;
export const MIN_CANVAS_SIZE = 100;
export const MAX_CANVAS_SIZE = 10_000;
/** The most values the diagram shows at once (each with its own palette colour). */
export const MAX_SHOWN_VALUES = MAX_TIDY_CIRCLES;
/** Positions are remembered for hidden values too, so they come back where they were. */
export const MAX_LAYOUT_CIRCLES = 200;

/** Ids of values; the value aggregate owns their exact format. */
export const vennValueIdSchema = z.string().min(1).max(200);

const canvasLengthSchema = z.number().min(MIN_CANVAS_SIZE).max(MAX_CANVAS_SIZE);

export const vennLayoutCircleSchema = z.strictObject({
  valueId: vennValueIdSchema,
  x: z.number(),
  y: z.number(),
  r: z.number().min(MIN_CIRCLE_RADIUS).max(MAX_CIRCLE_RADIUS),
});
export type VennLayoutCircle = z.infer<typeof vennLayoutCircleSchema>;

export const vennLayoutSchema = z
  .strictObject({
    version: z.literal(VENN_LAYOUT_VERSION),
    width: canvasLengthSchema,
    height: canvasLengthSchema,
    circles: z.array(vennLayoutCircleSchema).max(MAX_LAYOUT_CIRCLES),
    shown: z.array(vennValueIdSchema).max(MAX_SHOWN_VALUES),
  })
  .superRefine((layout, context) => {
    const placed = new Set<string>();
    layout.circles.forEach((circle, index) => {
      if (placed.has(circle.valueId)) {
        context.addIssue({ code: 'custom', path: ['circles', index, 'valueId'], message: 'Each value has one circle' });
      }
      placed.add(circle.valueId);
      if (circle.x < 0 || circle.x > layout.width || circle.y < 0 || circle.y > layout.height) {
        context.addIssue({ code: 'custom', path: ['circles', index], message: 'A circle’s centre must be on the canvas' });
      }
    });
    const shown = new Set<string>();
    layout.shown.forEach((valueId, index) => {
      if (shown.has(valueId)) {
        context.addIssue({ code: 'custom', path: ['shown', index], message: 'A value is shown once' });
      }
      shown.add(valueId);
      if (!placed.has(valueId)) {
        context.addIssue({ code: 'custom', path: ['shown', index], message: 'A shown value needs a circle' });
      }
    });
  });
export type VennLayout = z.infer<typeof vennLayoutSchema>;

/** The shown circles, in shown order, with the value id as the circle id. */
export function circlesFromLayout(layout: VennLayout): Circle[] {
  const byValue = new Map(layout.circles.map((circle) => [circle.valueId, circle]));
  return layout.shown.flatMap((valueId) => {
    const circle = byValue.get(valueId);
    return circle ? [{ id: valueId, x: circle.x, y: circle.y, r: circle.r }] : [];
  });
}

/**
 * A storable layout from the editor's circles: every circle is clamped onto the canvas and within
 * the radius bounds first, so the result always passes the schema (given a canvas within bounds).
 * Circles remembered in `previous` for values not among `circles` are kept, so hiding a value and
 * showing it again puts it back. `shown` defaults to the circles' ids.
 */
export function vennLayoutFromCircles(
  circles: readonly Circle[],
  width: number,
  height: number,
  options: { readonly shown?: readonly string[]; readonly previous?: VennLayout } = {},
): VennLayout {
  const currentIds = new Set(circles.map((circle) => circle.id));
  const remembered = (options.previous?.circles ?? [])
    .filter((circle) => !currentIds.has(circle.valueId))
    .map((circle) => ({ id: circle.valueId, x: circle.x, y: circle.y, r: circle.r }));
  const stored = clampCircles([...circles, ...remembered], { width, height }).map((circle) => ({
    valueId: circle.id,
    x: circle.x,
    y: circle.y,
    r: circle.r,
  }));
  return {
    version: VENN_LAYOUT_VERSION,
    width,
    height,
    circles: stored,
    shown: [...(options.shown ?? circles.map((circle) => circle.id))],
  };
}
