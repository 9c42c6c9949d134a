// "On this day": earlier entries from the same day of the month, in earlier months and years, newest first.
import { differenceInCalendarMonths, parseISO } from 'date-fns';
import type { CalendarDay } from '../../../shared/domain/reflection';

export interface EarlierDay {
  date: string;
  count: number;
  label: string;
}

export function earlierSameDays(days: readonly CalendarDay[], today: string, limit = 6): EarlierDay[] {
  const dayOfMonth = today.slice(8);
  const todayDate = parseISO(today);
  return days
    .filter((day) => day.date < today && day.date.slice(8) === dayOfMonth)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, limit)
    .map((day) => ({ ...day, label: howLongAgo(differenceInCalendarMonths(todayDate, parseISO(day.date))) }));
}

function howLongAgo(months: number): string {
  if (months % 12 === 0) return months === 12 ? 'A year ago' : `${months / 12} years ago`;
  if (months < 12) return months === 1 ? 'A month ago' : `${months} months ago`;
  const years = Math.floor(months / 12);
  return `${years === 1 ? 'A year' : `${years} years`} and ${months % 12 === 1 ? 'a month' : `${months % 12} months`} ago`;
}
