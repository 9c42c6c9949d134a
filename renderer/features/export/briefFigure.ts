// The brief's Venn diagram as plain shapes: the stored layout (or a tidy one), value labels and the aspiration's spot.
import { type Circle } from '../../../shared/domain/venn/circle';
import { aspirationSpot, placeRegionLabels } from '../../../shared/domain/venn/labels';
import { circlesFromLayout, MAX_SHOWN_VALUES, vennLayoutSchema } from '../../../shared/domain/venn/layout';
import { tidyLayout } from '../../../shared/domain/venn/tidyLayout';
import type { BriefValue } from './briefContent';

export const FIGURE_WIDTH = 600;
export const FIGURE_HEIGHT = 400;

/** Characters per line of a value's label inside its circle: long verb phrases wrap instead of spilling out. */
export const LABEL_LINE_CHARS = 16;

export interface FigureCircle extends Circle {
  colour: string;
  label: string;
  labelLines: string[];
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

/** Greedy word wrap; a single word longer than a line keeps its own line rather than being cut. */
export function wrapLabel(label: string, lineChars = LABEL_LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of label.trim().split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= lineChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
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
      const label = value?.label ?? '';
      return { ...circle, colour: value?.colour ?? '#8f8676', label, labelLines: wrapLabel(label), labelX: spot.x, labelY: spot.y };
    }),
    centre: centre ? { x: centre.x, y: centre.y } : null,
  };
}
