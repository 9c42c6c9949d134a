// Insight's plain sentences: each claim a factor's figures support, worded once, with the reflections it counts.
import { differenceOf, type CountedFactor } from './associations';
import type { FactorKind, InsightFactor, InsightPeriod, InsightSentence, Measure } from './insightSchema';
import { factorKinds, measures } from './insightSchema';

/** One decimal, as people read an average of 1–5 ratings ("4.5", "2.0"). */
export function formatMean(mean: number): string {
  return mean.toFixed(1);
}

function daysWith(kind: FactorKind, label: string): string {
  switch (kind) {
    case 'value':
      return `Days with ${label}`;
    case 'tag':
      return `Days tagged “${label}”`;
    case 'experiment':
      return `Days in the experiment “${label}”`;
    case 'person':
      return `Days linked to ${label}`;
  }
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Days with Teaching average energy 4.5, against 3.1 on other days (12 entries)." */
export function comparisonSentence(factor: Pick<InsightFactor, 'kind' | 'label' | Measure>, measure: Measure): string {
  const { with: mine, rest } = factor[measure];
  if (mine.mean === null || rest.mean === null) return '';
  return `${daysWith(factor.kind, factor.label)} average ${measure} ${formatMean(mine.mean)}, against ${formatMean(rest.mean)} on other days (${plural(mine.rated, 'entry', 'entries')}).`;
}

/**
 * The sentences the figures support: a factor's comparison for a measure when it makes a claim (enough rated days on
 * both sides, and a clear difference; see associations.ts). Largest difference first, then the better-attested one,
 * then values before tags, experiments and people.
 */
export function insightSentences(factors: readonly CountedFactor[]): InsightSentence[] {
  const claims: { sentence: InsightSentence; size: number }[] = [];
  for (const factor of factors) {
    for (const measure of measures) {
      const comparison = factor[measure];
      if (!comparison.claim) continue;
      claims.push({
        size: Math.abs(differenceOf(factor, measure)),
        sentence: {
          text: comparisonSentence(factor, measure),
          kind: factor.kind,
          id: factor.id,
          measure,
          claim: comparison.claim,
          entries: [...comparison.entries],
        },
      });
    }
  }
  const kindOrder = (sentence: InsightSentence) => factorKinds.indexOf(sentence.kind);
  claims.sort(
    (a, b) =>
      b.size - a.size ||
      b.sentence.entries.length - a.sentence.entries.length ||
      kindOrder(a.sentence) - kindOrder(b.sentence) ||
      a.sentence.text.localeCompare(b.sentence.text),
  );
  return claims.map((claim) => claim.sentence);
}

const periodWords: Record<InsightPeriod, [string, string]> = {
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  quarter: ['quarter', 'quarters'],
};

/** "Teaching: expressed in 12 reflections, in 5 of 13 weeks." or that a named value was not expressed at all. */
export function valueLivedSentence(
  label: string,
  lived: { reflections: number; experiments: number },
  periodsLived: number,
  periods: number,
  period: InsightPeriod,
): string {
  const [one, many] = periodWords[period];
  if (lived.reflections === 0 && lived.experiments === 0) return `${label}: named in your strategy, not expressed in any reflection or experiment in these ${many}.`;
  return `${label}: expressed in ${livedIn(lived)}, in ${periodsLived} of ${plural(periods, one, many)}.`;
}

/** "3 reflections and 1 experiment": where a value was lived, leaving out what did not count. */
export function livedIn({ reflections, experiments }: { reflections: number; experiments: number }): string {
  return [
    ...(reflections > 0 ? [plural(reflections, 'reflection', 'reflections')] : []),
    ...(experiments > 0 ? [plural(experiments, 'experiment', 'experiments')] : []),
  ].join(' and ');
}
