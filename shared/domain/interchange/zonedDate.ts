// Calendar dates of instants as seen in a given IANA time zone, using only Intl (no date library, no Node).

/**
 * One formatter per zone: building an Intl.DateTimeFormat costs about a millisecond, which made a 10,000-entry
 * import spend most of its time here. Only zones the runtime accepts are kept, so the cache stays within the IANA list.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows this IANA zone name (e.g. "Europe/Berlin"). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The YYYY-MM-DD date of `instant` on a wall calendar in `timeZone`; throws RangeError for an unknown zone. */
export function calendarDateInZone(instant: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
