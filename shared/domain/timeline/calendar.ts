// Calendar buckets (day, ISO week, month, quarter, year) in the writer's local time, via date-fns.
import {
  addDays,
  addMonths,
  addQuarters,
  addWeeks,
  addYears,
  startOfDay,
  startOfISOWeek,
  startOfMonth,
  startOfQuarter,
  startOfYear,
} from 'date-fns';
import { AppError } from '../../errors';
import { isCalendarDate, localCalendarDate } from '../dates';

/** Semantic bucket sizes, finest first. */
export const bucketSizes = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type BucketSize = (typeof bucketSizes)[number];

/** Average length of each bucket in days, used only to estimate how wide a bin will be on screen. */
export const approximateBucketDays: Readonly<Record<BucketSize, number>> = {
  day: 1,
  week: 7,
  month: 30.436875,
  quarter: 91.310625,
  year: 365.2425,
};

/**
 * A visible time range, as d3's `scale.domain()` returns it: [start, end].
 * Both ends are instants; a bucket is visible when it contains any instant of the range.
 */
export type TimeDomain = readonly [start: Date, end: Date];

/** A calendar date string (YYYY-MM-DD) as local midnight. Refuses strings that are not real dates. */
export function parseCalendarDate(date: string): Date {
  if (!isCalendarDate(date)) throw new AppError('VALIDATION', `"${date}" is not a calendar date (YYYY-MM-DD).`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const result = new Date(y, m - 1, d);
  // new Date(y, ...) maps years 0-99 to 1900-1999; pin the year the writer meant.
  result.setFullYear(y);
  return result;
}

/** The local calendar date (YYYY-MM-DD) an instant falls on. */
export function toCalendarDate(instant: Date): string {
  return localCalendarDate(instant);
}

/** Start (local midnight) of the bucket containing the instant; weeks start on Monday (ISO). */
export function startOfBucket(bucket: BucketSize, instant: Date): Date {
  switch (bucket) {
    case 'day':
      return startOfDay(instant);
    case 'week':
      return startOfISOWeek(instant);
    case 'month':
      return startOfMonth(instant);
    case 'quarter':
      return startOfQuarter(instant);
    case 'year':
      return startOfYear(instant);
  }
}

/** The bucket start `count` buckets after the given bucket start. */
export function addBuckets(bucket: BucketSize, bucketStart: Date, count: number): Date {
  switch (bucket) {
    case 'day':
      return addDays(bucketStart, count);
    case 'week':
      return addWeeks(bucketStart, count);
    case 'month':
      return addMonths(bucketStart, count);
    case 'quarter':
      return addQuarters(bucketStart, count);
    case 'year':
      return addYears(bucketStart, count);
  }
}

/** Refuses a domain whose ends are invalid dates or reversed, which would otherwise yield no bins silently. */
export function assertValidDomain(domain: TimeDomain): void {
  const [start, end] = domain;
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    throw new AppError('VALIDATION', 'The visible time range has an invalid date.');
  }
  if (end.getTime() < start.getTime()) {
    throw new AppError('VALIDATION', 'The visible time range ends before it starts.');
  }
}
