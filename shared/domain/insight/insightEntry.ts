// What Insight reads of a reflection: its day, its two ratings and what it links to, never its text.
import type { InsightPeriod } from './insightSchema';

export interface InsightEntry {
  readonly id: string;
  /** Calendar date, YYYY-MM-DD. */
  readonly date: string;
  readonly energy: number | null;
  readonly engagement: number | null;
  readonly valueIds: readonly string[];
  readonly tags: readonly string[];
  readonly experimentIds: readonly string[];
  /** The people of the experiments the reflection is linked to. */
  readonly personIds: readonly string[];
}

/** A value as the strategy names it, in the strategy's order. */
export interface NamedValue {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
}

/** The names the sentences use for what reflections link to by id. */
export interface InsightNames {
  /** The strategy's values (not archived), in their order: the values named. */
  readonly values: readonly NamedValue[];
  /** Every value's label, archived ones too: a reflection may still carry one. */
  readonly valueLabels: ReadonlyMap<string, string>;
  readonly experiments: ReadonlyMap<string, string>;
  readonly people: ReadonlyMap<string, string>;
}

export interface InsightRange {
  readonly period: InsightPeriod;
  readonly from: string;
  readonly to: string;
}
