// Which stretch of time Insight shows: a quarter of weeks, a year of months or two years of quarters, stepped back from today.
import { windowEnding } from '../../../shared/domain/insight/periods';
import type { InsightPeriod } from '../../../shared/domain/insight/insightSchema';
import { addBuckets, parseCalendarDate, startOfBucket, toCalendarDate } from '../../../shared/domain/timeline/calendar';

/** Periods per window: enough bars to see a trend, few enough that each stays wide enough to click. */
export const periodsPerWindow: Readonly<Record<InsightPeriod, number>> = { week: 13, month: 12, quarter: 8 };

/** The window `offset` whole windows before the one ending with today's period (0 is the current one, −1 the one before). */
export function insightWindow(period: InsightPeriod, today: string, offset: number): { from: string; to: string } {
  const count = periodsPerWindow[period];
  const end = addBuckets(period, startOfBucket(period, parseCalendarDate(today)), offset * count);
  return windowEnding(period, toCalendarDate(end), count);
}
