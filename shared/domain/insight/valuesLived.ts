// Values lived against values named: how often each value of the strategy was expressed in the range's reflections.
import type { InsightEntry, NamedValue } from './insightEntry';
import type { InsightPeriodFigures, InsightPeriod, ValueLived } from './insightSchema';
import { valueLivedSentence } from './sentences';

/**
 * One row per named value, in the strategy's order, whether or not any reflection expressed it: a value named but
 * never lived is the finding. Ratings play no part; a reflection expresses a value whether it was rated or not.
 */
export function valuesLived(
  entries: readonly InsightEntry[],
  periods: readonly InsightPeriodFigures[],
  values: readonly NamedValue[],
  period: InsightPeriod,
): ValueLived[] {
  const lived = new Map(values.map((value) => [value.id, { entries: [] as number[], periods: new Set<number>() }]));
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
    return {
      valueId: value.id,
      label: value.label,
      colour: value.colour,
      entries: row.entries,
      periodsLived: row.periods.size,
      text: valueLivedSentence(value.label, row.entries.length, row.periods.size, periods.length, period),
    };
  });
}
