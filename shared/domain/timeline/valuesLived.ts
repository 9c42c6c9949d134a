// The values-lived heat strip: per ISO week and value, how many reflections expressed it, scaled per value.
import { calendarBins, type TimeBin } from './bucketing';
import { parseCalendarDate, startOfBucket, toCalendarDate, type TimeDomain } from './calendar';

/** How many reflections on one day expressed one value, as the store aggregates them. */
export interface DailyValueCount {
  readonly date: string;
  readonly valueId: string;
  readonly count: number;
}

export interface ValueWeekCell {
  readonly week: TimeBin;
  readonly count: number;
  /** count / the value's busiest visible week, 0..1; 0 everywhere when the value was never expressed. */
  readonly intensity: number;
}

/** One row of the strip: a value and its cells, one per visible week in time order. */
export interface ValueRow {
  readonly valueId: string;
  readonly maxCount: number;
  readonly cells: readonly ValueWeekCell[];
}

export interface ValuesLivedStrip {
  /** ISO weeks (Monday to Sunday) covering the domain. */
  readonly weeks: readonly TimeBin[];
  /** One row per requested value, in the order given. */
  readonly rows: readonly ValueRow[];
}

/**
 * Builds the heat strip for the weeks covering `domain`. Each value is normalised against its own
 * busiest week, so a rarely expressed value still shows when it was lived. Counts for values not in
 * `valueIds` (for example, values since removed from the strategy) are left out.
 */
export function valuesLivedStrip(
  counts: Iterable<DailyValueCount>,
  valueIds: readonly string[],
  domain: TimeDomain,
): ValuesLivedStrip {
  const weeks = calendarBins('week', domain);
  const weekIndex = new Map(weeks.map((week, index) => [week.firstDay, index]));
  const totals = new Map<string, number[]>(valueIds.map((valueId) => [valueId, new Array<number>(weeks.length).fill(0)]));
  for (const { date, valueId, count } of counts) {
    const perWeek = totals.get(valueId);
    if (!perWeek) continue;
    // The store keys rows by their week's Monday already; only other dates need working out.
    const index = weekIndex.get(date) ?? weekIndex.get(toCalendarDate(startOfBucket('week', parseCalendarDate(date))));
    if (index !== undefined) perWeek[index] = (perWeek[index] ?? 0) + count;
  }
  const rows = [...totals.entries()].map(([valueId, perWeek]): ValueRow => {
    const maxCount = Math.max(0, ...perWeek);
    return {
      valueId,
      maxCount,
      cells: weeks.map((week, index) => {
        const count = perWeek[index] ?? 0;
        return { week, count, intensity: maxCount === 0 ? 0 : count / maxCount };
      }),
    };
  });
  return { weeks, rows };
}
