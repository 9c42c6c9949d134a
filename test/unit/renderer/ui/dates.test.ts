// Every view words a day the same way, and a calendar day is never shifted by the computer's time zone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, formatFullDay, formatMonth } from '../../../../renderer/ui/dates';

/** The module as a page started in this zone has it (a moment's wording takes the zone at start). */
async function startedIn(zone: string) {
  process.env.TZ = zone;
  vi.resetModules();
  return import('../../../../renderer/ui/dates');
}

const originalZone = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalZone;
});

describe('the date wording', () => {
  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC'])('keeps a calendar day on its own day in %s, even after the zone changes', async (zone) => {
    const started = await startedIn(zone);
    expect(started.formatDay('2026-03-14')).toBe(started.formatDay(new Date(2026, 2, 14)));
    process.env.TZ = zone === 'UTC' ? 'Pacific/Kiritimati' : 'UTC';
    expect(formatFullDay('2026-03-14')).toContain('2026');
    expect(formatDay('2026-03-14')).toMatch(/14/);
    expect(formatDay('2026-03-14')).not.toMatch(/13|15/);
  });

  it('words a timestamp as the local day it fell on', async () => {
    const started = await startedIn('America/Los_Angeles');
    // 02:30 UTC on 14 March is still the 13th in California.
    expect(started.formatDay('2026-03-14T02:30:00.000Z')).toBe(started.formatDay('2026-03-13'));
  });

  it('names a month with its year', () => {
    expect(formatMonth('2026-12-01')).toMatch(/2026/);
    expect(formatMonth('2026-12-01')).not.toBe(formatMonth('2026-11-01'));
  });
});
