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

/** An experiment that ran (it has an actual start), with the values it tests: it lived them while it ran. */
export interface ExperimentRun {
  readonly id: string;
  readonly title: string;
  readonly valueIds: readonly string[];
  /** Calendar dates; `to` is null while it still runs. */
  readonly from: string;
  readonly to: string | null;
  /** The experiment's own ratings (given as it ran or at its conclusion); null when not rated. */
  readonly energy?: number | null;
  readonly engagement?: number | null;
}

/** The names the sentences use for what reflections link to by id, and the experiments that ran. */
export interface InsightNames {
  /** The strategy's values (not archived), in their order: the values named. */
  readonly values: readonly NamedValue[];
  /** Every value's label, archived ones too: a reflection may still carry one. */
  readonly valueLabels: ReadonlyMap<string, string>;
  readonly experiments: ReadonlyMap<string, string>;
  readonly people: ReadonlyMap<string, string>;
  /** Experiments count among the values lived (the method's small tries are lived values too); none when left out. */
  readonly experimentRuns?: readonly ExperimentRun[];
}

export interface InsightRange {
  readonly period: InsightPeriod;
  readonly from: string;
  readonly to: string;
}
