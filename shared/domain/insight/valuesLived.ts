// Values lived against values named: how often each value of the strategy was expressed in the range's reflections
// and tested by an experiment that ran in it.
import type { ExperimentRun, InsightEntry, NamedValue } from './insightEntry';
import type { InsightPeriodFigures, InsightPeriod, ValueLived } from './insightSchema';
import { ranWithin } from './experimentRuns';
import { valueLivedSentence } from './sentences';

/**
 * One row per named value, in the strategy's order, whether or not anything expressed it: a value named but never
 * lived is the finding. Ratings play no part; a reflection expresses a value whether it was rated or not.
 */
export function valuesLived(
  entries: readonly InsightEntry[],
  periods: readonly InsightPeriodFigures[],
  values: readonly NamedValue[],
  period: InsightPeriod,
  runs: readonly ExperimentRun[] = [],
): ValueLived[] {
  const lived = new Map(values.map((value) => [value.id, { entries: [] as number[], periods: new Set<number>() }]));
  const first = periods[0]?.firstDay;
  const last = periods.at(-1)?.lastDay;
  const ran = first && last ? runs.filter((run) => ranWithin(run, first, last)) : [];
  periods.forEach((figures, periodIndex) => {
    for (const index of figures.entries) {
      const entry = entries[index];
      if (!entry) continue;
      for (const valueId of new Set(entry.valueIds)) {
        const row = lived.get(valueId);
        if (!row) continue;
        row.entries.push(index);
        row.periods.add(periodIndex);
      }
    }
  });
  return values.map((value) => {
    const row = lived.get(value.id) ?? { entries: [], periods: new Set<number>() };
    const testing = ran.filter((run) => run.valueIds.includes(value.id));
    periods.forEach((figures, periodIndex) => {
      if (testing.some((run) => ranWithin(run, figures.firstDay, figures.lastDay))) row.periods.add(periodIndex);
    });
    return {
      valueId: value.id,
      label: value.label,
      colour: value.colour,
      entries: row.entries,
      experiments: testing.map(({ id, title }) => ({ id, title })),
      periodsLived: row.periods.size,
      text: valueLivedSentence(value.label, { reflections: row.entries.length, experiments: testing.length }, row.periods.size, periods.length, period),
    };
  });
}
