// The calendar's arithmetic: a month as weeks of dates, how strongly to mark a day, and a gentle consistency summary.
import { addDays, addMonths, endOfMonth, format, getDaysInMonth, parseISO, startOfMonth } from 'date-fns';
import { localCalendarDate } from '../../../shared/domain/dates';
import type { CalendarDay } from '../../../shared/domain/reflection';

export interface MonthCell {
  date: string;
  inMonth: boolean;
}

/** Weeks (Monday first) covering the month that holds `anyDay`, padded with the neighbouring months' days. */
export function monthGrid(anyDay: string): MonthCell[][] {
  const first = startOfMonth(parseISO(anyDay));
  const leading = (first.getDay() + 6) % 7;
  const start = addDays(first, -leading);
  const cells = Math.ceil((leading + getDaysInMonth(first)) / 7) * 7;
  const weeks: MonthCell[][] = [];
  for (let i = 0; i < cells; i += 1) {
    const day = addDays(start, i);
    if (i % 7 === 0) weeks.push([]);
    weeks.at(-1)?.push({ date: format(day, 'yyyy-MM-dd'), inMonth: day.getMonth() === first.getMonth() });
  }
  return weeks;
}

export function monthRange(anyDay: string): { from: string; to: string } {
  const day = parseISO(anyDay);
  return { from: format(startOfMonth(day), 'yyyy-MM-dd'), to: format(endOfMonth(day), 'yyyy-MM-dd') };
}

export function shiftMonth(anyDay: string, months: number): string {
  return format(addMonths(startOfMonth(parseISO(anyDay)), months), 'yyyy-MM-dd');
}

/** 0 for no entries, then 1, 2 and 3 for one, two, and three or more. */
export function intensity(count: number): 0 | 1 | 2 | 3 {
  if (count <= 0) return 0;
  return count >= 3 ? 3 : (count as 1 | 2);
}

export interface Consistency {
  daysInLast30: number;
  /** Consecutive days with an entry ending today or yesterday (yesterday still counts: today is not over). */
  currentRun: number;
}

/** Runs over ten years of history on every visit to the journal's home, so it compares date strings instead of parsing each one. */
export function consistency(days: readonly CalendarDay[], today: string): Consistency {
  const written = new Set(days.map((day) => day.date));
  const todayDate = parseISO(today);
  // YYYY-MM-DD strings sort as the dates they name.
  const windowStart = localCalendarDate(addDays(todayDate, -29));
  const daysInLast30 = days.filter((day) => day.date >= windowStart && day.date <= today).length;
  let cursor = written.has(today) ? todayDate : addDays(todayDate, -1);
  let currentRun = 0;
  while (written.has(localCalendarDate(cursor))) {
    currentRun += 1;
    cursor = addDays(cursor, -1);
  }
  return { daysInLast30, currentRun };
}

/** Encouraging whatever the numbers: a pause is part of the trail, never a broken streak. */
export function consistencyMessage({ daysInLast30, currentRun }: Consistency): string {
  if (daysInLast30 === 0) return 'A fresh page. Write whenever something is worth keeping.';
  const days = daysInLast30 === 1 ? '1 day' : `${daysInLast30} days`;
  if (currentRun >= 2) return `${currentRun} days in a row, and ${days} in the last 30.`;
  return `You wrote on ${days} in the last 30. Every stone counts.`;
}
