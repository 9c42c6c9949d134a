// Store rows (versions, the draft and its values) as the shapes the shared compare, time-lapse and check-in code reads.
import type { StrategyDraft, StrategyVersion } from '../../../shared/domain/strategy';
import type { Value } from '../../../shared/domain/values';
import { vennLayoutSchema } from '../../../shared/domain/venn/layout';
import { MAX_TIDY_CIRCLES, tidyLayout } from '../../../shared/domain/venn/tidyLayout';
import type { StrategyDraftInput } from '../../../shared/domain/versions/checkIn';
import type { StrategyLayout, StrategyValue, StrategyVersionInput } from '../../../shared/domain/versions/types';

/** The canvas every layout is drawn in when a version saved none of its own. */
export const DEFAULT_CANVAS = { width: 600, height: 440 } as const;

/** A layout with the canvas it was drawn on, so two versions' diagrams share one scale. */
export interface CanvasLayout extends StrategyLayout {
  readonly width: number;
  readonly height: number;
}

export interface VersionContent extends StrategyVersionInput {
  readonly layout: CanvasLayout;
}

function toValue(value: Pick<Value, 'id' | 'label' | 'description' | 'colour'>): StrategyValue {
  return { id: value.id, label: value.label, description: value.description, colour: value.colour };
}

/**
 * The saved Venn layout, or, when there is none (or it cannot be read), the tidy arrangement of the
 * first values, so every version still has a diagram to compare and morph.
 */
export function layoutOf(stored: unknown, values: readonly StrategyValue[]): CanvasLayout {
  const parsed = vennLayoutSchema.safeParse(stored);
  if (parsed.success) {
    const { width, height, circles, shown } = parsed.data;
    return { width, height, circles, shown };
  }
  const ids = values.slice(0, MAX_TIDY_CIRCLES).map((value) => value.id);
  const circles = tidyLayout(ids, DEFAULT_CANVAS.width, DEFAULT_CANVAS.height).map((circle) => ({
    valueId: circle.id,
    x: circle.x,
    y: circle.y,
    r: circle.r,
  }));
  return { ...DEFAULT_CANVAS, circles, shown: ids };
}

export function versionContent(version: StrategyVersion): VersionContent {
  const values = version.values.map(toValue);
  return {
    id: version.id,
    createdAt: version.createdAt,
    note: version.changeNote,
    aspiration: version.aspiration,
    values,
    layout: layoutOf(version.layout, values),
  };
}

/** The working strategy as check-in compares it: the draft's text and layout with the values as they are now. */
export function draftContent(draft: StrategyDraft, values: readonly Value[]): StrategyDraftInput {
  const current = values.filter((value) => value.archivedAt === null).map(toValue);
  return {
    aspiration: draft.aspiration,
    values: current,
    layout: layoutOf(draft.layout, current),
    // A draft never edited has differed since the journal began; the epoch keeps that honest.
    updatedAt: draft.updatedAt ?? new Date(0).toISOString(),
  };
}
