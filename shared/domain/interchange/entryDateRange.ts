// The span of dates an imported entry may carry: older than 1900 or later than tomorrow means a broken file.

export const EARLIEST_ENTRY_DATE = '1900-01-01';

/** The latest acceptable entry date: one day after `now` in UTC, which covers every time zone's "today". */
export function latestEntryDate(now: Date): string {
  return new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Why `entryDate` (a valid YYYY-MM-DD) is out of range, or null when it is fine. */
export function entryDateRangeProblem(entryDate: string, now: Date): string | null {
  if (entryDate < EARLIEST_ENTRY_DATE) return `its date ${entryDate} is before ${EARLIEST_ENTRY_DATE}`;
  const latest = latestEntryDate(now);
  if (entryDate > latest) return `its date ${entryDate} is in the future (after ${latest})`;
  return null;
}
