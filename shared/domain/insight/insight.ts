// Insight in one call: the range's periods, what goes with energy and engagement, the sentences and the values lived.
import { associations } from './associations';
import type { InsightEntry, InsightNames, InsightRange } from './insightEntry';
import type { InsightSummary } from './insightSchema';
import { periodFigures, periodsCovering } from './periods';
import { insightSentences } from './sentences';
import { experimentsRated } from './experimentRuns';
import { valuesLived } from './valuesLived';

/** What `computeInsight` needs of each entry beyond the figures: how the view lists it. */
export interface ListedEntry extends InsightEntry {
  readonly title: string;
  readonly lead: string;
}

/**
 * Everything Insight shows for `range`. `entries` must be in date order; those outside the range are left out, so
 * every figure (and every list behind one) counts the same reflections.
 */
export function computeInsight(all: readonly ListedEntry[], names: InsightNames, range: InsightRange): InsightSummary {
  const entries = all.filter((entry) => entry.date >= range.from && entry.date <= range.to);
  const periods = periodFigures(entries, periodsCovering(range.period, range.from, range.to));
  const factors = associations(entries, names);
  return {
    period: range.period,
    from: range.from,
    to: range.to,
    entries: entries.map(({ id, date, title, lead, energy, engagement }) => ({ id, date, title, lead, energy, engagement })),
    periods,
    factors: factors.map(({ kind, id, label, energy, engagement }) => ({
      kind,
      id,
      label,
      energy: { with: energy.with, rest: energy.rest, claim: energy.claim },
      engagement: { with: engagement.with, rest: engagement.rest, claim: engagement.claim },
    })),
    sentences: insightSentences(factors),
    valuesLived: valuesLived(entries, periods, names.values, range.period, names.experimentRuns),
    experimentsRated: experimentsRated(names.experimentRuns ?? [], range.from, range.to),
  };
}

/** The answer for a range holding no reflection at all. */
export function emptyInsight(period: InsightSummary['period']): InsightSummary {
  return { period, from: null, to: null, entries: [], periods: [], factors: [], sentences: [], valuesLived: [], experimentsRated: [] };
}
