// Insight's periods: ISO weeks, months and quarters that cover a range, and every reflection counted in exactly one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodFigures, periodOf, periodsCovering, windowEnding } from '../../../../../shared/domain/insight/periods';
import { insightPeriods } from '../../../../../shared/domain/insight/insightSchema';
import { entry, journalArb } from './insightFixtures';

describe('periods', () => {
  it('weeks run Monday to Sunday, months and quarters by the calendar', () => {
    expect(periodOf('week', '2024-03-03')).toEqual({ firstDay: '2024-02-26', lastDay: '2024-03-03' });
    expect(periodOf('week', '2024-03-04')).toEqual({ firstDay: '2024-03-04', lastDay: '2024-03-10' });
    expect(periodOf('month', '2024-02-10')).toEqual({ firstDay: '2024-02-01', lastDay: '2024-02-29' });
    expect(periodOf('quarter', '2024-05-31')).toEqual({ firstDay: '2024-04-01', lastDay: '2024-06-30' });
  });

  it('a window of 13 weeks ends with the week holding its last day', () => {
    const window = windowEnding('week', '2024-03-06', 13);
    expect(window).toEqual({ from: '2023-12-11', to: '2024-03-10' });
    expect(periodsCovering('week', window.from, window.to)).toHaveLength(13);
    expect(windowEnding('quarter', '2024-05-31', 8)).toEqual({ from: '2022-07-01', to: '2024-06-30' });
  });

  it('counts a period’s reflections and averages only its rated ones', () => {
    const entries = [
      entry('2024-03-04', { energy: 4, engagement: null }),
      entry('2024-03-05', { energy: 2, engagement: 5 }),
      entry('2024-03-06'),
      entry('2024-03-12', { energy: 5, engagement: 3 }),
    ];
    const [first, second] = periodFigures(entries, periodsCovering('week', '2024-03-04', '2024-03-17'));
    expect(first).toMatchObject({ firstDay: '2024-03-04', energy: { rated: 2, mean: 3 }, engagement: { rated: 1, mean: 5 }, entries: [0, 1, 2] });
    expect(second).toMatchObject({ firstDay: '2024-03-11', energy: { rated: 1, mean: 5 }, entries: [3] });
  });

  it('puts every reflection of the range in exactly one period, the one holding its day', () => {
    fc.assert(
      fc.property(journalArb, fc.constantFrom(...insightPeriods), (entries, period) => {
        const figures = periodFigures(entries, periodsCovering(period, '2024-01-01', '2025-12-31'));
        const counted = figures.flatMap((figure) => figure.entries);
        expect(counted).toEqual(entries.map((_, index) => index));
        for (const figure of figures) {
          for (const index of figure.entries) expect(periodOf(period, entries[index]!.date).firstDay).toBe(figure.firstDay);
        }
      }),
    );
  });
});
