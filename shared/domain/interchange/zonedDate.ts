// Calendar dates of instants as seen in a given IANA time zone, using only Intl (no date library, no Node).

/** Building a formatter costs far more than using one, and an import of 10,000 entries uses a handful of zones. */
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        calendar: 'gregory',
        numberingSystem: 'latn',
      });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows this IANA zone name (e.g. "Europe/Berlin"). */
export function isKnownTimeZone(timeZone: string): boolean {
  return formatterFor(timeZone) !== null;
}

/** The YYYY-MM-DD date of `instant` on a wall calendar in `timeZone`; throws RangeError for an unknown zone. */
export function calendarDateInZone(instant: Date, timeZone: string): string {
  const formatter = formatterFor(timeZone);
  if (formatter === null) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const parts = formatter.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
