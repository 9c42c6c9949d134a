// The calendar's arithmetic: whole weeks Monday first, intensity by count, and a consistency note that never scolds.
import { differenceInCalendarDays, format, parseISO, subDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consistency, consistencyMessage, intensity, monthGrid, monthRange, shiftMonth } from '../../../../../renderer/features/journal/calendarMonth';

describe('month grid', () => {
  it('lays February 2021 (starting on a Monday) out as four weeks, and November 2026 as six', () => {
    const weeks = monthGrid('2021-02-14');
    expect(weeks).toHaveLength(4);
    expect(weeks[0]?.[0]).toEqual({ date: '2021-02-01', inMonth: true });
    expect(weeks[0]?.[6]?.date).toBe('2021-02-07');
    const november = monthGrid('2026-11-21');
    expect(november).toHaveLength(6);
    expect(november[0]?.[0]).toEqual({ date: '2026-10-26', inMonth: false });
  });

  it('pads with the neighbouring months and covers every day of any month exactly once', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        const cells = monthGrid(day).flat();
        expect(cells.length % 7).toBe(0);
        const inMonth = cells.filter((cell) => cell.inMonth).map((cell) => cell.date);
        const { from, to } = monthRange(day);
        expect(inMonth[0]).toBe(from);
        expect(inMonth.at(-1)).toBe(to);
        expect(new Set(inMonth).size).toBe(inMonth.length);
        expect(inMonth.every((cell) => cell.slice(0, 7) === day.slice(0, 7))).toBe(true);
      }),
    );
  });

  it('moves between months from any day, including the 31st', () => {
    expect(shiftMonth('2026-01-31', 1)).toBe('2026-02-01');
    expect(shiftMonth('2026-01-15', -1)).toBe('2025-12-01');
  });
});

describe('intensity and consistency', () => {
  it('marks one, two, and three or more entries increasingly strongly', () => {
    expect([0, 1, 2, 3, 9].map(intensity)).toEqual([0, 1, 2, 3, 3]);
  });

  it('counts the run up to today, or up to yesterday while today is still open', () => {
    const days = ['2026-11-18', '2026-11-19', '2026-11-20'].map((date) => ({ date, count: 1 }));
    expect(consistency(days, '2026-11-21')).toEqual({ daysInLast30: 3, currentRun: 3 });
    expect(consistency([...days, { date: '2026-11-21', count: 2 }], '2026-11-21').currentRun).toBe(4);
    expect(consistency(days, '2026-11-25').currentRun).toBe(0);
  });

  it('counts the same as walking the calendar day by day, for any history', () => {
    const day = fc.integer({ min: 0, max: 120 }).map((back) => format(subDays(new Date(2026, 10, 21), back), 'yyyy-MM-dd'));
    fc.assert(
      fc.property(fc.uniqueArray(day, { maxLength: 80 }), (dates) => {
        const days = dates.map((date) => ({ date, count: 1 }));
        const written = new Set(dates);
        const today = '2026-11-21';
        const inWindow = dates.filter((date) => {
          const age = differenceInCalendarDays(parseISO(today), parseISO(date));
          return age >= 0 && age < 30;
        }).length;
        let run = 0;
        for (let back = written.has(today) ? 0 : 1; written.has(format(subDays(parseISO(today), back), 'yyyy-MM-dd')); back += 1) run += 1;
        expect(consistency(days, today)).toEqual({ daysInLast30: inWindow, currentRun: run });
      }),
    );
  });

  it('never speaks of losing or breaking a streak, whatever the history', () => {
    fc.assert(
      fc.property(fc.nat({ max: 30 }), fc.nat({ max: 400 }), (daysInLast30, currentRun) => {
        const message = consistencyMessage({ daysInLast30, currentRun });
        expect(message).not.toMatch(/lost|broke|broken|miss|streak|fail|behind|don.t/i);
        expect(message.length).toBeGreaterThan(0);
      }),
    );
  });
});
