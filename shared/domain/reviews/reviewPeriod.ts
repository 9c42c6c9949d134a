// A review's period in the person's local calendar (a Monday–Sunday week, a quarter, a year), its title and its day.
import { format } from 'date-fns';
import { AppError } from '../../errors';
import { parseCalendarDate } from '../timeline/calendar';
import { periodOf } from '../insight/periods';
import type { ReviewKind } from './reviewSchema';

export interface ReviewPeriod {
  readonly kind: ReviewKind;
  readonly firstDay: string;
  readonly lastDay: string;
  /** The entry's date: the period's last day, or today while the period is not over. */
  readonly entryDate: string;
  readonly title: string;
}

/** "30 Nov – 6 Dec 2026", or with both years when the week crosses into a new one. */
function weekRange(firstDay: string, lastDay: string): string {
  const first = parseCalendarDate(firstDay);
  const last = parseCalendarDate(lastDay);
  const sameYear = firstDay.slice(0, 4) === lastDay.slice(0, 4);
  return `${format(first, sameYear ? 'd MMM' : 'd MMM yyyy')} – ${format(last, 'd MMM yyyy')}`;
}

/** "Q4 2026", as the renderer's formatQuarter writes a quarter. */
function quarterName(firstDay: string): string {
  return `Q${Math.floor((Number(firstDay.slice(5, 7)) - 1) / 3) + 1} ${firstDay.slice(0, 4)}`;
}

function firstAndLast(kind: ReviewKind, day: string): { firstDay: string; lastDay: string } {
  if (kind === 'year') return { firstDay: `${day.slice(0, 4)}-01-01`, lastDay: `${day.slice(0, 4)}-12-31` };
  return periodOf(kind, day);
}

/** The period of `kind` holding `endingOn`; a review looks back, so a day after `today` is refused. */
export function reviewPeriod(kind: ReviewKind, endingOn: string, today: string): ReviewPeriod {
  if (endingOn > today) throw new AppError('VALIDATION', 'A review looks back: choose a day up to today.');
  const { firstDay, lastDay } = firstAndLast(kind, endingOn);
  const title =
    kind === 'week'
      ? `Weekly review, ${weekRange(firstDay, lastDay)}`
      : kind === 'quarter'
        ? `Quarterly review, ${quarterName(firstDay)}`
        : `Yearly review, ${firstDay.slice(0, 4)}`;
  return { kind, firstDay, lastDay, entryDate: lastDay <= today ? lastDay : today, title };
}

/** "Wed 2 Dec", with the year when it is not the period's own. */
export function reviewDay(date: string, period: Pick<ReviewPeriod, 'lastDay'>): string {
  return format(parseCalendarDate(date), date.slice(0, 4) === period.lastDay.slice(0, 4) ? 'EEE d MMM' : 'EEE d MMM yyyy');
}
