// A review's period: a Monday–Sunday week, a quarter or a year in the local calendar, its title, and the day it is dated.
import { differenceInCalendarDays, getISODay, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewPeriod } from '../../../../../shared/domain/reviews/reviewPeriod';
import { reviewKinds } from '../../../../../shared/domain/reviews/reviewSchema';

describe('review periods', () => {
  it('titles a week, a quarter and a year as people write them, dated on the last day once it is over', () => {
    expect(reviewPeriod('week', '2026-12-06', '2026-12-06')).toEqual({
      kind: 'week',
      firstDay: '2026-11-30',
      lastDay: '2026-12-06',
      entryDate: '2026-12-06',
      title: 'Weekly review, 30 Nov – 6 Dec 2026',
    });
    expect(reviewPeriod('week', '2026-12-31', '2027-01-20').title).toBe('Weekly review, 28 Dec 2026 – 3 Jan 2027');
    expect(reviewPeriod('quarter', '2026-11-03', '2027-01-20')).toMatchObject({ firstDay: '2026-10-01', lastDay: '2026-12-31', entryDate: '2026-12-31', title: 'Quarterly review, Q4 2026' });
    expect(reviewPeriod('year', '2024-02-29', '2026-12-08')).toMatchObject({ firstDay: '2024-01-01', lastDay: '2024-12-31', title: 'Yearly review, 2024' });
  });

  it('dates a period not over yet today, and refuses a day after today', () => {
    expect(reviewPeriod('week', '2026-12-08', '2026-12-08').entryDate).toBe('2026-12-08');
    expect(reviewPeriod('year', '2026-03-01', '2026-12-08').entryDate).toBe('2026-12-08');
    expect(() => reviewPeriod('week', '2026-12-09', '2026-12-08')).toThrow('A review looks back');
  });

  it('holds the day asked for, within its own calendar bounds, dated on a day of the period up to today', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((offset) => new Date(Date.UTC(2000, 0, 1 + offset)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...reviewKinds), day, fc.integer({ min: 0, max: 800 }), (kind, endingOn, ahead) => {
        const today = new Date(Date.UTC(Number(endingOn.slice(0, 4)), Number(endingOn.slice(5, 7)) - 1, Number(endingOn.slice(8)) + ahead)).toISOString().slice(0, 10);
        const period = reviewPeriod(kind, endingOn, today);
        expect(period.firstDay <= endingOn && endingOn <= period.lastDay).toBe(true);
        expect(period.entryDate >= endingOn && period.entryDate <= period.lastDay && period.entryDate <= today).toBe(true);
        const length = differenceInCalendarDays(parseISO(period.lastDay), parseISO(period.firstDay)) + 1;
        if (kind === 'week') {
          expect([getISODay(parseISO(period.firstDay)), getISODay(parseISO(period.lastDay)), length]).toEqual([1, 7, 7]);
        } else if (kind === 'quarter') {
          expect(['01', '04', '07', '10']).toContain(period.firstDay.slice(5, 7));
          expect(length).toBeGreaterThanOrEqual(90);
          expect(length).toBeLessThanOrEqual(92);
        } else {
          expect([period.firstDay.slice(5), period.lastDay.slice(5)]).toEqual(['01-01', '12-31']);
        }
      }),
    );
  });
});
