// How Insight words its periods and figures for people: dates through renderer/ui/dates, means as the sentences write them.
import { formatMean } from '../../../shared/domain/insight/sentences';
import type { InsightPeriod, InsightPeriodFigures, RatingMean } from '../../../shared/domain/insight/insightSchema';
import { formatDay, formatDayInYear, formatMonth, formatQuarter, formatShortMonth } from '../../ui/dates';

export const periodLabels: Record<InsightPeriod, { plural: string; one: string; column: string }> = {
  week: { plural: 'Weeks', one: 'week', column: 'Week' },
  month: { plural: 'Months', one: 'month', column: 'Month' },
  quarter: { plural: 'Quarters', one: 'quarter', column: 'Quarter' },
};

/** "Week of Mar 4, 2024", "March 2024", "Q1 2024". */
export function periodName(period: InsightPeriod, firstDay: string): string {
  if (period === 'week') return `Week of ${formatDay(firstDay)}`;
  return period === 'month' ? formatMonth(firstDay) : formatQuarter(firstDay);
}

/** The short label under a chart column. */
export function periodTick(period: InsightPeriod, firstDay: string): string {
  if (period === 'week') return formatDayInYear(firstDay);
  return period === 'month' ? formatShortMonth(firstDay) : formatQuarter(firstDay);
}

/** "4.2 (5 rated)" or "no ratings". */
export function meanText(mean: RatingMean): string {
  return mean.mean === null ? 'no ratings' : `${formatMean(mean.mean)} (${mean.rated} rated)`;
}

const reflections = (count: number) => `${count} ${count === 1 ? 'reflection' : 'reflections'}`;

/** A column's full name for assistive tech: what it counts and both means. */
export function columnLabel(period: InsightPeriod, figures: InsightPeriodFigures): string {
  return `${periodName(period, figures.firstDay)}: ${reflections(figures.entries.length)}; energy ${meanText(figures.energy)}, engagement ${meanText(figures.engagement)}`;
}

export { formatDay };
