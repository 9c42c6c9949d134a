// Calendar dates (YYYY-MM-DD, local to the writer) and timestamps, validated without the DOM or Node.
import { z } from 'zod';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when the string is a real calendar date such as 2024-02-29 (not 2023-02-29). Plain arithmetic, no Date:
 * the timeline checks thousands of these whenever it bins reflections.
 */
export function isCalendarDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : (monthDays[m - 1] ?? 0));
}

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'Expected a calendar date as YYYY-MM-DD' });

export const timestampSchema = z.iso.datetime();

/** Today's date in the writer's own time zone, as YYYY-MM-DD. */
export function localCalendarDate(now: Date = new Date()): string {
  const y = String(now.getFullYear()).padStart(4, '0');
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A day in milliseconds, for ages and retention periods (calendar arithmetic goes through date-fns). */
export const DAY_MS = 24 * 60 * 60 * 1000;
