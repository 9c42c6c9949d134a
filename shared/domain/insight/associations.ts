// What gives energy and what drains it: each value, tag, experiment and person against the days without it.
import type { InsightEntry, InsightNames } from './insightEntry';
import type { Comparison, FactorKind, InsightFactor, Measure } from './insightSchema';

/** A comparison with the rated reflections that go with the factor for its measure: what its sentence lists. */
export type CountedComparison = Comparison & { readonly entries: readonly number[] };
export type CountedFactor = Omit<InsightFactor, 'energy' | 'engagement'> & { readonly energy: CountedComparison; readonly engagement: CountedComparison };
import { RatingSum } from './ratingMean';

/**
 * The fewest rated reflections on each side (with the factor, and without it) before Insight says anything about it.
 * A mean of two or three days is mostly those days' own noise: one bad Monday moves it by a whole point, and the next
 * entry can turn "gives energy" into "drains it". Five a side is where a difference of half a point mostly survives
 * the next few entries, and it is still reachable within a month of writing. Below it the figures are shown, but no
 * sentence claims anything.
 */
export const MIN_ENTRIES_FOR_CLAIM = 5;
/** On a 1–5 scale, a difference under half a point is within what the same kind of day varies by: no claim. */
export const MIN_DIFFERENCE_FOR_CLAIM = 0.5;

interface Tally {
  kind: FactorKind;
  id: string;
  label: string;
  energy: RatingSum;
  engagement: RatingSum;
  energyEntries: number[];
  engagementEntries: number[];
}

function factorsOf(entry: InsightEntry): [FactorKind, readonly string[]][] {
  return [
    ['value', entry.valueIds],
    ['tag', entry.tags],
    ['experiment', entry.experimentIds],
    ['person', entry.personIds],
  ];
}

function labelOf(kind: FactorKind, id: string, names: InsightNames): string {
  switch (kind) {
    case 'value':
      return names.valueLabels.get(id) ?? id;
    case 'tag':
      return id;
    case 'experiment':
      return names.experiments.get(id) ?? id;
    case 'person':
      return names.people.get(id) ?? id;
  }
}

function compare(withIt: RatingSum, all: RatingSum, entries: number[]): CountedComparison {
  const mine = withIt.result();
  const rest = all.minus(withIt).result();
  let claim: CountedComparison['claim'] = null;
  if (mine.mean !== null && rest.mean !== null && mine.rated >= MIN_ENTRIES_FOR_CLAIM && rest.rated >= MIN_ENTRIES_FOR_CLAIM) {
    const difference = mine.mean - rest.mean;
    if (difference >= MIN_DIFFERENCE_FOR_CLAIM) claim = 'gives';
    else if (difference <= -MIN_DIFFERENCE_FOR_CLAIM) claim = 'drains';
  }
  return { with: mine, rest, entries, claim };
}

/**
 * Every factor some reflection in `entries` carries, with the mean ratings of the rated reflections that go with it
 * against those of all the other rated reflections. A reflection counts once per factor, however it got there (two
 * experiments sharing a person count the day once for that person).
 */
export function associations(entries: readonly InsightEntry[], names: InsightNames): CountedFactor[] {
  const tallies = new Map<string, Tally>();
  const allEnergy = new RatingSum();
  const allEngagement = new RatingSum();
  entries.forEach((entry, index) => {
    allEnergy.add(entry.energy);
    allEngagement.add(entry.engagement);
    if (entry.energy === null && entry.engagement === null) return;
    for (const [kind, ids] of factorsOf(entry)) {
      for (const id of new Set(ids)) {
        const key = `${kind}\u0000${id}`;
        let tally = tallies.get(key);
        if (!tally) {
          tally = { kind, id, label: labelOf(kind, id, names), energy: new RatingSum(), engagement: new RatingSum(), energyEntries: [], engagementEntries: [] };
          tallies.set(key, tally);
        }
        if (entry.energy !== null) {
          tally.energy.add(entry.energy);
          tally.energyEntries.push(index);
        }
        if (entry.engagement !== null) {
          tally.engagement.add(entry.engagement);
          tally.engagementEntries.push(index);
        }
      }
    }
  });
  return [...tallies.values()].map((tally) => ({
    kind: tally.kind,
    id: tally.id,
    label: tally.label,
    energy: compare(tally.energy, allEnergy, tally.energyEntries),
    engagement: compare(tally.engagement, allEngagement, tally.engagementEntries),
  }));
}

/** The size of a claim: how far the days with the factor are from the others, for one measure. */
export function differenceOf(factor: Pick<InsightFactor, Measure>, measure: Measure): number {
  const { with: mine, rest } = factor[measure];
  return mine.mean === null || rest.mean === null ? 0 : mine.mean - rest.mean;
}
