// The values-lived strip: weekly counts per value, scaled so each value's busiest week is full intensity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate, startOfBucket, toCalendarDate, type TimeDomain } from '../../../../../shared/domain/timeline/calendar';
import { valuesLivedStrip } from '../../../../../shared/domain/timeline/valuesLived';

const march: TimeDomain = [parseCalendarDate('2024-03-04'), parseCalendarDate('2024-03-17')];

describe('valuesLivedStrip', () => {
  it('sums each value per Monday-to-Sunday week and scales by that value’s busiest week', () => {
    const strip = valuesLivedStrip(
      [
        { date: '2024-03-04', valueId: 'craft', count: 2 },
        { date: '2024-03-10', valueId: 'craft', count: 2 },
        { date: '2024-03-11', valueId: 'craft', count: 1 },
        { date: '2024-03-12', valueId: 'care', count: 1 },
        { date: '2024-03-12', valueId: 'removed-value', count: 5 },
        { date: '2024-03-18', valueId: 'care', count: 7 },
      ],
      ['care', 'craft', 'play'],
      march,
    );
    expect(strip.weeks.map((week) => week.firstDay)).toEqual(['2024-03-04', '2024-03-11']);
    expect(strip.rows.map((row) => [row.valueId, row.maxCount, row.cells.map((cell) => [cell.count, cell.intensity])])).toEqual([
      ['care', 1, [[0, 0], [1, 1]]],
      ['craft', 4, [[4, 1], [1, 0.25]]],
      ['play', 0, [[0, 0], [0, 0]]],
    ]);
  });

  it('keeps every intensity within 0..1 and reaches 1 in each expressed value’s busiest week', () => {
    const countArb = fc.record({
      date: fc.date({ min: new Date(2024, 0, 1), max: new Date(2024, 5, 30), noInvalidDate: true }).map(toCalendarDate),
      valueId: fc.constantFrom('a', 'b', 'c'),
      count: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(fc.array(countArb, { maxLength: 50 }), (counts) => {
        const strip = valuesLivedStrip(counts, ['a', 'b', 'c'], [new Date(2024, 0, 1), new Date(2024, 5, 30)]);
        for (const row of strip.rows) {
          const intensities = row.cells.map((cell) => cell.intensity);
          expect(intensities.every((value) => value >= 0 && value <= 1)).toBe(true);
          const total = counts.filter((count) => count.valueId === row.valueId).reduce((sum, count) => sum + count.count, 0);
          expect(row.cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(total);
          expect(Math.max(...intensities)).toBe(total > 0 ? 1 : 0);
        }
      }),
    );
  });

  it('gives the same strip for rows keyed by their week’s Monday, as the store sends them, as for any day of the week', () => {
    const countArb = fc.record({
      date: fc.date({ min: new Date(2023, 11, 1), max: new Date(2024, 6, 30), noInvalidDate: true }).map(toCalendarDate),
      valueId: fc.constantFrom('a', 'b'),
      count: fc.integer({ min: 1, max: 9 }),
    });
    const domain: TimeDomain = [new Date(2024, 0, 1), new Date(2024, 5, 30)];
    fc.assert(
      fc.property(fc.array(countArb, { maxLength: 40 }), (counts) => {
        const byMonday = counts.map((count) => ({ ...count, date: toCalendarDate(startOfBucket('week', parseCalendarDate(count.date))) }));
        expect(valuesLivedStrip(byMonday, ['a', 'b'], domain)).toEqual(valuesLivedStrip(counts, ['a', 'b'], domain));
      }),
    );
  });
});
