// Reflection bins: the right bucket for the zoom, calendar alignment, and no reflection lost or double-counted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binDailyCounts,
  binWindow,
  calendarBins,
  chooseBucket,
  dailyCountsBetween,
  reflectionMarks,
  visibleBins,
  windowCovers,
} from '../../../../../shared/domain/timeline/bucketing';
import {
  approximateBucketDays,
  bucketSizes,
  parseCalendarDate,
  startOfBucket,
  toCalendarDate,
  type TimeDomain,
} from '../../../../../shared/domain/timeline/calendar';
import { AppError } from '../../../../../shared/errors';

const day = (date: string): Date => parseCalendarDate(date);

const instantArb = fc.date({ min: new Date(2000, 0, 1), max: new Date(2035, 0, 1), noInvalidDate: true });
const domainArb = fc
  .tuple(instantArb, fc.integer({ min: 0, max: 3 * 365 * 86_400_000 }))
  .map(([start, spanMs]): TimeDomain => [start, new Date(start.getTime() + spanMs)]);
const bucketArb = fc.constantFrom(...bucketSizes);
const dailyCountsArb = fc.array(
  fc.record({
    date: fc.date({ min: new Date(1999, 0, 1), max: new Date(2039, 0, 1), noInvalidDate: true }).map(toCalendarDate),
    count: fc.integer({ min: 1, max: 20 }),
  }),
  { maxLength: 60 },
);

describe('chooseBucket', () => {
  it('picks weeks for a year across a wide screen and quarters for a decade across a narrow one', () => {
    expect(chooseBucket([day('2024-01-01'), day('2025-01-01')], 1000)).toBe('week');
    expect(chooseBucket([day('2015-01-01'), day('2025-01-01')], 800)).toBe('quarter');
  });

  it('shows single days when zoomed in to a fortnight', () => {
    expect(chooseBucket([day('2024-03-01'), day('2024-03-15')], 900)).toBe('day');
  });

  it('falls back to years when even years would be too thin', () => {
    expect(chooseBucket([day('1900-01-01'), day('2100-01-01')], 300)).toBe('year');
  });

  it('chooses bins at least the minimum width, and the finest bucket that is', () => {
    fc.assert(
      fc.property(domainArb, fc.integer({ min: 50, max: 4000 }), fc.integer({ min: 4, max: 40 }), (domain, width, minPx) => {
        const bucket = chooseBucket(domain, width, minPx);
        const spanDays = Math.max((domain[1].getTime() - domain[0].getTime()) / 86_400_000, Number.MIN_VALUE);
        const widthOf = (days: number): number => (days * width) / spanDays;
        const index = bucketSizes.indexOf(bucket);
        if (bucket !== 'year') expect(widthOf(approximateBucketDays[bucket])).toBeGreaterThanOrEqual(minPx);
        const finer = bucketSizes[index - 1];
        if (finer) expect(widthOf(approximateBucketDays[finer])).toBeLessThan(minPx);
      }),
    );
  });
});

describe('calendarBins', () => {
  it('starts weeks on Monday', () => {
    // 2024-03-06 is a Wednesday.
    const bins = calendarBins('week', [day('2024-03-06'), day('2024-03-20')]);
    expect(bins.map((bin) => [bin.firstDay, bin.lastDay])).toEqual([
      ['2024-03-04', '2024-03-10'],
      ['2024-03-11', '2024-03-17'],
      ['2024-03-18', '2024-03-24'],
    ]);
  });

  it('aligns months and quarters to the calendar, including leap February', () => {
    expect(calendarBins('month', [day('2024-01-31'), day('2024-03-01')]).map((bin) => bin.lastDay)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
    ]);
    expect(calendarBins('quarter', [day('2024-05-10'), day('2024-08-01')]).map((bin) => bin.firstDay)).toEqual([
      '2024-04-01',
      '2024-07-01',
    ]);
  });

  it('partitions the domain: contiguous, aligned bins from the one holding start to the one holding end', () => {
    fc.assert(
      fc.property(domainArb, bucketArb, (domain, bucket) => {
        const bins = calendarBins(bucket, domain);
        const first = bins[0];
        const last = bins.at(-1);
        if (!first || !last) throw new Error('expected at least one bin');
        expect(first.start.getTime()).toBeLessThanOrEqual(domain[0].getTime());
        expect(first.end.getTime()).toBeGreaterThan(domain[0].getTime());
        expect(last.start.getTime()).toBeLessThanOrEqual(domain[1].getTime());
        expect(last.end.getTime()).toBeGreaterThan(domain[1].getTime());
        bins.forEach((bin, index) => {
          expect(startOfBucket(bucket, bin.start)).toEqual(bin.start);
          const next = bins[index + 1];
          if (next) expect(next.start).toEqual(bin.end);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a reversed range', () => {
    expect(() => calendarBins('day', [day('2024-02-02'), day('2024-02-01')])).toThrow(AppError);
  });
});

describe('binDailyCounts', () => {
  it('adds up per-day counts into weeks, leaving out days beyond the visible weeks', () => {
    const counts = new Map([
      ['2024-03-04', 2],
      ['2024-03-10', 1],
      ['2024-03-11', 4],
      ['2024-03-03', 9],
      ['2024-04-01', 9],
    ]);
    const bins = binDailyCounts(counts, 'week', [day('2024-03-05'), day('2024-03-12')]);
    expect(bins.map((bin) => [bin.firstDay, bin.count])).toEqual([
      ['2024-03-04', 3],
      ['2024-03-11', 4],
    ]);
  });

  it('gives the same bins for a map and for rows, and counts repeated rows', () => {
    const domain: TimeDomain = [day('2024-01-01'), day('2024-12-31')];
    const rows = [
      { date: '2024-02-10', count: 1 },
      { date: '2024-02-10', count: 2 },
      { date: '2024-07-01', count: 5 },
    ];
    const fromRows = binDailyCounts(rows, 'quarter', domain);
    expect(fromRows.map((bin) => bin.count)).toEqual([3, 0, 5, 0]);
    expect(binDailyCounts(new Map([['2024-02-10', 3], ['2024-07-01', 5]]), 'quarter', domain)).toEqual(fromRows);
  });

  it('preserves the total of every day inside the bins', () => {
    fc.assert(
      fc.property(domainArb, bucketArb, dailyCountsArb, (domain, bucket, rows) => {
        const bins = binDailyCounts(rows, bucket, domain);
        const firstDay = bins[0]?.firstDay ?? '';
        const lastDay = bins.at(-1)?.lastDay ?? '';
        const expected = rows
          .filter((row) => row.date >= firstDay && row.date <= lastDay)
          .reduce((sum, row) => sum + row.count, 0);
        expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => binDailyCounts([{ date: '2024-02-30', count: 1 }], 'day', [day('2024-02-01'), day('2024-02-02')])).toThrow(
      AppError,
    );
  });
});

describe('dailyCountsBetween', () => {
  const rows = [
    { date: '2024-01-02', count: 1 },
    { date: '2024-01-05', count: 2 },
    { date: '2024-01-05', count: 3 },
    { date: '2024-02-01', count: 4 },
  ];

  it('keeps the rows from the first to the last day inclusive, repeated dates too', () => {
    expect(dailyCountsBetween(rows, '2024-01-05', '2024-02-01').map((row) => row.count)).toEqual([2, 3, 4]);
    expect(dailyCountsBetween(rows, '2024-01-03', '2024-01-31').map((row) => row.count)).toEqual([2, 3]);
    expect(dailyCountsBetween(rows, '2024-03-01', '2024-04-01')).toEqual([]);
  });

  it('matches filtering every row', () => {
    fc.assert(
      fc.property(dailyCountsArb, instantArb, instantArb, (unsorted, a, b) => {
        const sorted = [...unsorted].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
        const [first, last] = [toCalendarDate(a), toCalendarDate(b)].sort() as [string, string];
        expect(dailyCountsBetween(sorted, first, last)).toEqual(sorted.filter((row) => row.date >= first && row.date <= last));
      }),
      { numRuns: 80 },
    );
  });
});

describe('binWindow', () => {
  const limit: TimeDomain = [day('2010-01-01'), day('2030-01-01')];

  it('bins a few times the visible range, not the whole span, and is reused while panning inside it', () => {
    const visible: TimeDomain = [day('2020-03-01'), day('2020-03-31')];
    const window = binWindow([], 'day', visible, limit);
    expect(window.bins.length).toBeGreaterThanOrEqual(90);
    expect(window.bins.length).toBeLessThan(100);
    expect(windowCovers(window, [day('2020-02-10'), day('2020-03-10')])).toBe(true);
    expect(windowCovers(window, [day('2020-05-10'), day('2020-06-10')])).toBe(false);
  });

  it('stays within the limit, while still covering what is visible', () => {
    const visible: TimeDomain = [day('2009-12-20'), day('2010-02-01')];
    const window = binWindow([], 'week', visible, limit);
    expect(window.domain[0]).toEqual(visible[0]);
    expect(windowCovers(window, visible)).toBe(true);
  });

  it('gives exactly the bins and counts of binning the visible range itself', () => {
    const visibleArb = fc
      .tuple(fc.date({ min: new Date(2011, 0, 1), max: new Date(2028, 0, 1), noInvalidDate: true }), fc.integer({ min: 0, max: 400 * 86_400_000 }))
      .map(([start, spanMs]): TimeDomain => [start, new Date(start.getTime() + spanMs)]);
    fc.assert(
      fc.property(visibleArb, bucketArb, dailyCountsArb, (visible, bucket, unsorted) => {
        const rows = [...unsorted].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
        const window = binWindow(rows, bucket, visible, limit);
        expect(windowCovers(window, visible)).toBe(true);
        expect(visibleBins(window, visible)).toEqual(binDailyCounts(rows, bucket, visible));
      }),
      { numRuns: 80 },
    );
  });
});

describe('reflectionMarks', () => {
  it('draws a few reflections on one day as dots and a busy day as density', () => {
    const counts = [
      { date: '2024-03-01', count: 2 },
      { date: '2024-03-02', count: 1 },
      { date: '2024-03-03', count: 8 },
    ];
    const bins = binDailyCounts(counts, 'day', [day('2024-03-01'), day('2024-03-04')]);
    const marks = reflectionMarks(bins, 'day');
    expect(marks.map((mark) => [mark.kind, mark.bin.firstDay, mark.bin.count])).toEqual([
      ['dots', '2024-03-01', 2],
      ['dots', '2024-03-02', 1],
      ['density', '2024-03-03', 8],
    ]);
  });

  it('draws every non-empty bin as density above day level, scaled to the fullest bin', () => {
    const year: TimeDomain = [day('2024-01-01'), day('2024-12-31')];
    const bucket = chooseBucket(year, 300);
    const bins = binDailyCounts(
      [
        { date: '2024-01-03', count: 1 },
        { date: '2024-06-03', count: 4 },
      ],
      bucket,
      year,
    );
    expect(bucket).toBe('month');
    expect(reflectionMarks(bins, bucket)).toEqual([
      { kind: 'density', bin: bins[0], intensity: 0.25 },
      { kind: 'density', bin: bins[5], intensity: 1 },
    ]);
  });
});
