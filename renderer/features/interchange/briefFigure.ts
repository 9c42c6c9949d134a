// The brief's Venn diagram as circles for the shared figure: the stored layout, or a tidy one of the active values.
import { circlesFromLayout, MAX_SHOWN_VALUES, vennLayoutSchema } from '../../../shared/domain/venn/layout';
import { tidyLayout } from '../../../shared/domain/venn/tidyLayout';
import { type VennValueCircle } from '../../ui/venn/vennScene';
import type { BriefValue } from './briefContent';

export const FIGURE_WIDTH = 600;
export const FIGURE_HEIGHT = 400;

export interface BriefFigure {
  readonly width: number;
  readonly height: number;
  readonly circles: readonly VennValueCircle[];
}

/** Circles from the strategy's saved layout when it is valid and shows a value, else a tidy arrangement of the values. */
export function briefFigure(layout: unknown, values: readonly BriefValue[]): BriefFigure {
  const known = new Map(values.map((value) => [value.id, value]));
  const parsed = vennLayoutSchema.safeParse(layout);
  const stored = parsed.success ? circlesFromLayout(parsed.data).filter((circle) => known.has(circle.id)) : [];
  const [width, height] = parsed.success && stored.length > 0 ? [parsed.data.width, parsed.data.height] : [FIGURE_WIDTH, FIGURE_HEIGHT];
  const circles = stored.length > 0 ? stored : tidyLayout(values.slice(0, MAX_SHOWN_VALUES).map((value) => value.id), width, height);
  return {
    width,
    height,
    circles: circles.map((circle) => {
      const value = known.get(circle.id);
      return { ...circle, label: value?.label ?? '', colour: value?.colour ?? '#8f8676' };
    }),
  };
}
