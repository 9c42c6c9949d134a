// The brief's Venn diagram as plain shapes: the stored layout (or a tidy one), value labels and the aspiration's spot.
import { type Circle } from '../../../shared/domain/venn/circle';
import { aspirationSpot, placeRegionLabels } from '../../../shared/domain/venn/labels';
import { circlesFromLayout, MAX_SHOWN_VALUES, vennLayoutSchema } from '../../../shared/domain/venn/layout';
import { tidyLayout } from '../../../shared/domain/venn/tidy-layout';
import type { BriefValue } from './briefContent';

export const FIGURE_WIDTH = 600;
export const FIGURE_HEIGHT = 400;

export interface FigureCircle extends Circle {
  colour: string;
  label: string;
  labelX: number;
  labelY: number;
}

export interface BriefFigure {
  width: number;
  height: number;
  circles: FigureCircle[];
  /** Where the aspiration sits when every circle shares a region, else null (it is printed beside the diagram). */
  centre: { x: number; y: number } | null;
}

/** Circles from the strategy's saved layout when it is valid, else a tidy arrangement of the active values. */
export function briefFigure(layout: unknown, values: readonly BriefValue[]): BriefFigure {
  const known = new Map(values.map((value) => [value.id, value]));
  const parsed = vennLayoutSchema.safeParse(layout);
  let circles: Circle[];
  let width = FIGURE_WIDTH;
  let height = FIGURE_HEIGHT;
  if (parsed.success && circlesFromLayout(parsed.data).some((circle) => known.has(circle.id))) {
    circles = circlesFromLayout(parsed.data).filter((circle) => known.has(circle.id));
    width = parsed.data.width;
    height = parsed.data.height;
  } else {
    circles = tidyLayout(values.slice(0, MAX_SHOWN_VALUES).map((value) => value.id), width, height);
  }
  const spots = new Map(
    placeRegionLabels(circles)
      .filter((region) => region.ids.length === 1 && region.spot !== null)
      .map((region) => [region.ids[0]!, region.spot!]),
  );
  const centre = circles.length > 1 ? aspirationSpot(circles) : null;
  return {
    width,
    height,
    circles: circles.map((circle) => {
      const spot = spots.get(circle.id) ?? circle;
      const value = known.get(circle.id);
      return { ...circle, colour: value?.colour ?? '#8f8676', label: value?.label ?? '', labelX: spot.x, labelY: spot.y };
    }),
    centre: centre ? { x: centre.x, y: centre.y } : null,
  };
}
