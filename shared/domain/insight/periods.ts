// Insight's periods: calendar weeks, months or quarters covering a range, and which one a day falls in (date-fns).
import { calendarBins, type TimeBin } from '../timeline/bucketing';
import { addBuckets, parseCalendarDate, startOfBucket, toCalendarDate } from '../timeline/calendar';
import type { InsightEntry } from './insightEntry';
import type { InsightPeriod, InsightPeriodFigures } from './insightSchema';
import { RatingSum } from './ratingMean';

/** The periods covering `from` to `to` (both inclusive), in order: the first holds `from`, the last holds `to`. */
export function periodsCovering(period: InsightPeriod, from: string, to: string): TimeBin[] {
  return calendarBins(period, [parseCalendarDate(from), parseCalendarDate(to)]);
}

/** The first and last day of the period holding `date`. */
export function periodOf(period: InsightPeriod, date: string): { firstDay: string; lastDay: string } {
  const start = startOfBucket(period, parseCalendarDate(date));
  const next = addBuckets(period, start, 1);
  next.setDate(next.getDate() - 1);
  return { firstDay: toCalendarDate(start), lastDay: toCalendarDate(next) };
}

/**
 * `count` periods ending with the one holding `end`: the range Insight shows by default (a quarter of weeks, a year
 * of months, two years of quarters), stepped back and forth by its own length.
 */
export function windowEnding(period: InsightPeriod, end: string, count: number): { from: string; to: string } {
  const last = startOfBucket(period, parseCalendarDate(end));
  const first = addBuckets(period, last, -(count - 1));
  return { from: toCalendarDate(first), to: periodOf(period, end).lastDay };
}

/**
 * Each period's count and mean ratings, with the reflections it counts. `entries` must be in date order (the core
 * reads them so); an entry outside every period is left out.
 */
export function periodFigures(entries: readonly InsightEntry[], bins: readonly TimeBin[]): InsightPeriodFigures[] {
  const figures: InsightPeriodFigures[] = [];
  let index = 0;
  for (const bin of bins) {
    while (index < entries.length && (entries[index]?.date ?? '') < bin.firstDay) index += 1;
    const energy = new RatingSum();
    const engagement = new RatingSum();
    const counted: number[] = [];
    while (index < entries.length && (entries[index]?.date ?? '') <= bin.lastDay) {
      const entry = entries[index];
      if (entry) {
        energy.add(entry.energy);
        engagement.add(entry.engagement);
        counted.push(index);
      }
      index += 1;
    }
    figures.push({ firstDay: bin.firstDay, lastDay: bin.lastDay, energy: energy.result(), engagement: engagement.result(), entries: counted });
  }
  return figures;
}
