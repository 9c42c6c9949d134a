// What a click on a bar, a sentence or a value lists: the reflections that figure counts, found again in each new summary.
import type { FactorKind, InsightSummary, Measure } from '../../../shared/domain/insight/insightSchema';

/** Kept by what was chosen rather than by its rows, so a refreshed summary lists that figure's reflections anew. */
export type InsightSelection =
  | { readonly kind: 'period'; readonly firstDay: string }
  | { readonly kind: 'sentence'; readonly factorKind: FactorKind; readonly id: string; readonly measure: Measure }
  | { readonly kind: 'value'; readonly valueId: string };

export interface SelectedEntries {
  readonly entries: InsightSummary['entries'];
  /** Says what is listed, and which figure chose it. */
  readonly title: string;
}

/** The reflections the selected figure counts, newest first, or null when the summary no longer has that figure. */
export function selectedEntries(
  summary: InsightSummary,
  selection: InsightSelection,
  periodName: (firstDay: string) => string,
): SelectedEntries | null {
  const pick = (indexes: readonly number[], title: string): SelectedEntries => ({
    title,
    entries: indexes.flatMap((index) => summary.entries[index] ?? []).reverse(),
  });
  const count = (indexes: readonly number[]) => `${indexes.length} ${indexes.length === 1 ? 'reflection' : 'reflections'}`;
  switch (selection.kind) {
    case 'period': {
      const period = summary.periods.find((candidate) => candidate.firstDay === selection.firstDay);
      return period ? pick(period.entries, `${periodName(period.firstDay)}: ${count(period.entries)}`) : null;
    }
    case 'sentence': {
      const sentence = summary.sentences.find(
        (candidate) => candidate.kind === selection.factorKind && candidate.id === selection.id && candidate.measure === selection.measure,
      );
      return sentence ? pick(sentence.entries, sentence.text) : null;
    }
    case 'value': {
      const value = summary.valuesLived.find((candidate) => candidate.valueId === selection.valueId);
      return value ? pick(value.entries, `${value.label}: ${count(value.entries)}`) : null;
    }
  }
}
