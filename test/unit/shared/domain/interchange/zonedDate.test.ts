import { describe, expect, it } from 'vitest';
import { calendarDateInZone, isKnownTimeZone } from '../../../../../shared/domain/interchange/zonedDate';

describe('calendarDateInZone', () => {
  it('gives the wall-calendar day in the entry’s zone, not in UTC', () => {
    const lateUtc = new Date('2024-03-01T23:30:00Z');
    expect(calendarDateInZone(lateUtc, 'Europe/Berlin')).toBe('2024-03-02');
    expect(calendarDateInZone(lateUtc, 'UTC')).toBe('2024-03-01');
    expect(calendarDateInZone(new Date('2024-03-05T06:15:00Z'), 'America/Los_Angeles')).toBe('2024-03-04');
  });

  it('follows daylight saving time', () => {
    // Berlin is UTC+2 in summer, so 22:30 UTC is already the next day there; in winter (UTC+1) it is not.
    expect(calendarDateInZone(new Date('2024-07-01T22:30:00Z'), 'Europe/Berlin')).toBe('2024-07-02');
    expect(calendarDateInZone(new Date('2024-01-01T22:30:00Z'), 'Europe/Berlin')).toBe('2024-01-01');
  });

  it('knows real zones and rejects made-up ones', () => {
    expect(isKnownTimeZone('Asia/Kolkata')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(() => calendarDateInZone(new Date(), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
