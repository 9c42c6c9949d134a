// The experiments that ran in a range: when one counts as running, and the rated ones as their own ratings say.
import type { ExperimentRun } from './insightEntry';
import type { InsightSummary } from './insightSchema';

/** True when the experiment ran on some day from `first` to `last` (calendar dates compare as text). */
export function ranWithin(run: ExperimentRun, first: string, last: string): boolean {
  return run.from <= last && (run.to === null || run.to >= first);
}

/** The experiments that ran from `from` to `to` and carry a rating, highest energy first (then engagement, title). */
export function experimentsRated(runs: readonly ExperimentRun[], from: string, to: string): InsightSummary['experimentsRated'] {
  return runs
    .filter((run) => ranWithin(run, from, to) && (run.energy != null || run.engagement != null))
    .map(({ id, title, energy, engagement }) => ({ id, title, energy: energy ?? null, engagement: engagement ?? null }))
    .sort((a, b) => (b.energy ?? 0) - (a.energy ?? 0) || (b.engagement ?? 0) - (a.engagement ?? 0) || a.title.localeCompare(b.title));
}
