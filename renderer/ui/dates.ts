// The one place dates are worded for people: Intl in the person's own locale, so every view writes a day the same way.

/** A calendar day ("2026-03-14", read as a local day, never shifted by time zone), a timestamp, or a Date. */
export type DateInput = string | Date;

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day is worded in UTC from its UTC midnight, so no time zone (nor a change of zone while Cairn runs) can
 * move it to the day before or after; a moment is worded in the computer's zone.
 */
function formatter(options: Intl.DateTimeFormatOptions): (value: DateInput) => string {
  const local = new Intl.DateTimeFormat(undefined, options);
  const calendar = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
  return (value) => {
    if (value instanceof Date) return local.format(value);
    const day = CALENDAR_DAY.exec(value);
    if (day) return calendar.format(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return local.format(new Date(value));
  };
}

/** "Mar 14, 2026" (or "14 Mar 2026", as the locale writes it). */
export const formatDay = formatter({ year: 'numeric', month: 'short', day: 'numeric' });
/** "Mar 14": a day whose year is said elsewhere. */
export const formatDayInYear = formatter({ month: 'short', day: 'numeric' });
/** "Saturday, March 14": today's heading. */
export const formatWeekdayDay = formatter({ weekday: 'long', month: 'long', day: 'numeric' });
/** "Saturday, March 14, 2026": a day read out in full (a calendar cell's name). */
export const formatFullDay = formatter({ weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
/** "March 14, 2026": a printed document's date. */
export const formatLongDay = formatter({ year: 'numeric', month: 'long', day: 'numeric' });
/** "March 2026". */
export const formatMonth = formatter({ year: 'numeric', month: 'long' });
/** "Mar 14, 2026, 9:30 AM": when something happened. */
export const formatDateTime = formatter({ dateStyle: 'medium', timeStyle: 'short' });
/** "Mar 2026": a month on a chart's axis. */
export const formatShortMonth = formatter({ year: 'numeric', month: 'short' });

/** "Q1 2026": a calendar quarter, from its first day ("2026-01-01"). */
export function formatQuarter(firstDay: string): string {
  const year = firstDay.slice(0, 4);
  const quarter = Math.floor((Number(firstDay.slice(5, 7)) - 1) / 3) + 1;
  return `Q${quarter} ${year}`;
}
