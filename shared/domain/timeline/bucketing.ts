// Reflection density on the timeline: pick a calendar bucket for the zoom level, then count reflections per bin.
import { addDays } from 'date-fns';
import { AppError } from '../../errors';
import { isCalendarDate } from '../dates';
import {
  addBuckets,
  approximateBucketDays,
  assertValidDomain,
  bucketSizes,
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

/** Index of the last bin starting on or before the date, or -1: calendar dates sort as text, so no date is parsed. */
function binIndexOf(bins: readonly TimeBin[], date: string): number {
  let lo = 0;
  let hi = bins.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((bins[mid]?.firstDay ?? '') <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Sums per-day counts into calendar bins covering the domain. Days outside the bins are left out;
 * every day inside is counted exactly once. Rows repeating a date add up.
 */
export function binDailyCounts(dailyCounts: DailyCounts, bucket: BucketSize, domain: TimeDomain): CountBin[] {
  return countIntoBins(calendarBins(bucket, domain), dailyCounts);
}

function countIntoBins(bins: readonly TimeBin[], dailyCounts: DailyCounts): CountBin[] {
  const counts = new Array<number>(bins.length).fill(0);
  for (const [date, count] of dailyCountEntries(dailyCounts)) {
    if (!isCalendarDate(date)) throw new AppError('VALIDATION', `"${date}" is not a calendar date (YYYY-MM-DD).`);
    const index = binIndexOf(bins, date);
    const bin = bins[index];
    if (bin && date <= bin.lastDay) counts[index] = (counts[index] ?? 0) + count;
  }
  return bins.map((bin, index) => ({ ...bin, count: counts[index] ?? 0 }));
}

/** Per-day count rows in date order, as the store returns them. */
export type SortedDailyCounts = ReadonlyArray<{ readonly date: string; readonly count: number }>;

/** The rows dated from `firstDay` to `lastDay` inclusive, found by binary search rather than a scan. */
export function dailyCountsBetween(rows: SortedDailyCounts, firstDay: string, lastDay: string): SortedDailyCounts {
  const firstAtOrAfter = (date: string, after: boolean) => {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = rows[mid]?.date ?? '';
      if (at < date || (after && at === date)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return rows.slice(firstAtOrAfter(firstDay, false), firstAtOrAfter(lastDay, true));
}

/** Bins of one bucket size for a stretch of time around what is visible, kept while panning stays inside it. */
export interface BinWindow {
  readonly bucket: BucketSize;
  readonly domain: TimeDomain;
  readonly bins: readonly CountBin[];
}

/**
 * Bins for the visible range widened by its own length on each side (but not past `limit`), so that panning
 * reuses them and a fine bucket never bins a whole many-year span. `rows` must be in date order.
 */
export function binWindow(rows: SortedDailyCounts, bucket: BucketSize, visible: TimeDomain, limit: TimeDomain): BinWindow {
  assertValidDomain(visible);
  const [start, end] = visible;
  const span = end.getTime() - start.getTime();
  const from = Math.min(start.getTime(), Math.max(limit[0].getTime(), start.getTime() - span));
  const to = Math.max(end.getTime(), Math.min(limit[1].getTime(), end.getTime() + span));
  const domain: TimeDomain = [new Date(from), new Date(to)];
  const bins = calendarBins(bucket, domain);
  const within = dailyCountsBetween(rows, bins[0]?.firstDay ?? '', bins.at(-1)?.lastDay ?? '');
  return { bucket, domain, bins: countIntoBins(bins, within) };
}

/** Whether the window's bins cover every instant of the visible range. */
export function windowCovers(window: BinWindow, visible: TimeDomain): boolean {
  return window.domain[0].getTime() <= visible[0].getTime() && visible[1].getTime() <= window.domain[1].getTime();
}

/** The window's bins holding any instant of the visible range: the same bins `binDailyCounts` gives for that range. */
export function visibleBins(window: BinWindow, visible: TimeDomain): CountBin[] {
  const from = visible[0].getTime();
  const to = visible[1].getTime();
  return window.bins.filter((bin) => bin.end.getTime() > from && bin.start.getTime() <= to);
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
