// Reflection density on the timeline: pick a calendar bucket for the zoom level, then count reflections per bin.
import { addDays } from 'date-fns';
import { AppError } from '../../errors';
import {
  addBuckets,
  approximateBucketDays,
  assertValidDomain,
  bucketSizes,
  parseCalendarDate,
  startOfBucket,
  toCalendarDate,
  type BucketSize,
  type TimeDomain,
} from './calendar';

/** Bins narrower than this are too thin to see or to hover. */
export const DEFAULT_MIN_BIN_PX = 12;
/** At day level a bin holding this many reflections or fewer is drawn as one dot per reflection. */
export const DEFAULT_MAX_DOTS_PER_BIN = 5;
/** More bins than this means the caller forced a bucket far too fine for the range. */
export const MAX_BINS = 20_000;

const msPerDay = 86_400_000;

/** One calendar-aligned slice of the domain: [start, end), both local midnights. */
export interface TimeBin {
  readonly start: Date;
  /** Exclusive: the next bin's start. */
  readonly end: Date;
  /** First calendar date in the bin (YYYY-MM-DD); also the bin's stable key. */
  readonly firstDay: string;
  /** Last calendar date in the bin (YYYY-MM-DD), inclusive. */
  readonly lastDay: string;
}

export interface CountBin extends TimeBin {
  readonly count: number;
}

/** Per-day counts as the store returns them: a map date -> count, or rows of { date, count }. */
export type DailyCounts = ReadonlyMap<string, number> | ReadonlyArray<{ readonly date: string; readonly count: number }>;

/**
 * The finest bucket whose bins are at least `minBinPx` wide when `domain` spans `widthPx` pixels.
 * Falls back to 'year' when even years would be thinner than that.
 */
export function chooseBucket(domain: TimeDomain, widthPx: number, minBinPx: number = DEFAULT_MIN_BIN_PX): BucketSize {
  assertValidDomain(domain);
  const [start, end] = domain;
  // A zero-length domain is as zoomed in as it gets.
  const spanDays = Math.max((end.getTime() - start.getTime()) / msPerDay, Number.MIN_VALUE);
  const pxPerDay = Math.max(widthPx, 0) / spanDays;
  return bucketSizes.find((bucket) => approximateBucketDays[bucket] * pxPerDay >= minBinPx) ?? 'year';
}

/**
 * Contiguous calendar bins covering the domain: the first contains `start`, the last contains `end`,
 * and each bin ends exactly where the next begins.
 */
export function calendarBins(bucket: BucketSize, domain: TimeDomain): TimeBin[] {
  assertValidDomain(domain);
  const [start, end] = domain;
  const bins: TimeBin[] = [];
  let binStart = startOfBucket(bucket, start);
  while (binStart.getTime() <= end.getTime()) {
    if (bins.length >= MAX_BINS) {
      throw new AppError('VALIDATION', `A ${bucket} bucket is too fine for this time range; choose a coarser one.`);
    }
    const binEnd = addBuckets(bucket, binStart, 1);
    bins.push({
      start: binStart,
      end: binEnd,
      firstDay: toCalendarDate(binStart),
      lastDay: toCalendarDate(addDays(binEnd, -1)),
    });
    binStart = binEnd;
  }
  return bins;
}

function dailyCountEntries(dailyCounts: DailyCounts): Iterable<readonly [string, number]> {
  if (dailyCounts instanceof Map) return dailyCounts.entries();
  return (dailyCounts as ReadonlyArray<{ date: string; count: number }>).map((row) => [row.date, row.count] as const);
}

/**
 * Sums per-day counts into calendar bins covering the domain. Days outside the bins are left out;
 * every day inside is counted exactly once. Rows repeating a date add up.
 */
export function binDailyCounts(dailyCounts: DailyCounts, bucket: BucketSize, domain: TimeDomain): CountBin[] {
  const bins = calendarBins(bucket, domain);
  const counts = new Array<number>(bins.length).fill(0);
  const indexByFirstDay = new Map(bins.map((bin, index) => [bin.firstDay, index]));
  for (const [date, count] of dailyCountEntries(dailyCounts)) {
    const firstDay = toCalendarDate(startOfBucket(bucket, parseCalendarDate(date)));
    const index = indexByFirstDay.get(firstDay);
    if (index !== undefined) counts[index] = (counts[index] ?? 0) + count;
  }
  return bins.map((bin, index) => ({ ...bin, count: counts[index] ?? 0 }));
}

/** Per-day counts from individual entry dates (one per reflection). */
export function countByDay(entryDates: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const date of entryDates) counts.set(date, (counts.get(date) ?? 0) + 1);
  return counts;
}

/**
 * How a non-empty bin is drawn: individual dots (day level, few reflections) or a density block
 * whose intensity (0..1] is its count relative to the fullest visible bin.
 */
export type ReflectionMark =
  | { readonly kind: 'dots'; readonly bin: CountBin }
  | { readonly kind: 'density'; readonly bin: CountBin; readonly intensity: number };

export function reflectionMarks(
  bins: readonly CountBin[],
  bucket: BucketSize,
  maxDotsPerBin: number = DEFAULT_MAX_DOTS_PER_BIN,
): ReflectionMark[] {
  const maxCount = bins.reduce((max, bin) => Math.max(max, bin.count), 0);
  return bins
    .filter((bin) => bin.count > 0)
    .map((bin) =>
      bucket === 'day' && bin.count <= maxDotsPerBin
        ? { kind: 'dots', bin }
        : { kind: 'density', bin, intensity: bin.count / maxCount },
    );
}

export interface ReflectionDensityOptions {
  readonly minBinPx?: number;
  readonly maxDotsPerBin?: number;
}

export interface ReflectionDensity {
  readonly bucket: BucketSize;
  readonly bins: CountBin[];
  readonly marks: ReflectionMark[];
}

/** Everything the reflection track needs for one zoom level: the bucket, all bins, and the marks to draw. */
export function reflectionDensity(
  dailyCounts: DailyCounts,
  domain: TimeDomain,
  widthPx: number,
  options: ReflectionDensityOptions = {},
): ReflectionDensity {
  const bucket = chooseBucket(domain, widthPx, options.minBinPx);
  const bins = binDailyCounts(dailyCounts, bucket, domain);
  return { bucket, bins, marks: reflectionMarks(bins, bucket, options.maxDotsPerBin) };
}
