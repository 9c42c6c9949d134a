// The entry history's rules: when a save continues a version, and which old versions the pruning policy drops.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { continuesVersion, versionsToPrune, VERSION_SPAN_MS } from '../../../../shared/domain/reflectionHistory';

const DAY_MS = 24 * 60 * 60 * 1000;
const now = new Date('2026-06-30T12:00:00.000Z');
const daysAgo = (days: number, hour = 12) => new Date(now.getTime() - days * DAY_MS + (hour - 12) * 3_600_000).toISOString();

describe('continuesVersion', () => {
  const head = { origin: 'edit' as const, session: 's1', startedAt: new Date(now.getTime() - 60_000).toISOString() };
  it('continues the same session within ten minutes, and nothing else', () => {
    expect(continuesVersion(head, 's1', now)).toBe(true);
    expect(continuesVersion(head, 's2', now)).toBe(false);
    expect(continuesVersion(head, null, now)).toBe(false);
    expect(continuesVersion({ ...head, origin: 'restore' }, 's1', now)).toBe(false);
    expect(continuesVersion({ ...head, origin: 'original' }, 's1', now)).toBe(false);
    expect(continuesVersion({ ...head, startedAt: new Date(now.getTime() - VERSION_SPAN_MS).toISOString() }, 's1', now)).toBe(false);
  });
});

describe('versionsToPrune', () => {
  it('keeps the last 14 days whole, then the last of each day for a year, then the last of each month, and always the first', () => {
    const versions = [
      { id: 'first', savedAt: daysAgo(800) },
      { id: 'old-month-early', savedAt: '2024-01-03T10:00:00.000Z' },
      { id: 'old-month-late', savedAt: '2024-01-20T10:00:00.000Z' },
      { id: 'day-morning', savedAt: daysAgo(100, 9) },
      { id: 'day-evening', savedAt: daysAgo(100, 20) },
      { id: 'recent-1', savedAt: daysAgo(3, 9) },
      { id: 'recent-2', savedAt: daysAgo(3, 10) },
    ];
    expect(versionsToPrune(versions, now)).toEqual(['old-month-early', 'day-morning']);
  });

  it('never drops the first version or anything from the last two weeks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 * 24 }), { minLength: 1, maxLength: 60 }), (hoursAgo) => {
        const versions = [...hoursAgo]
          .sort((a, b) => b - a)
          .map((hours, index) => ({ id: `v${index}`, savedAt: new Date(now.getTime() - hours * 3_600_000).toISOString() }));
        const dropped = new Set(versionsToPrune(versions, now));
        expect(dropped.has('v0')).toBe(false);
        for (const version of versions) {
          if (now.getTime() - Date.parse(version.savedAt) < 14 * DAY_MS) expect(dropped.has(version.id)).toBe(false);
        }
        // Pruning what is left drops nothing more: the policy is stable.
        expect(versionsToPrune(versions.filter((version) => !dropped.has(version.id)), now)).toEqual([]);
      }),
    );
  });
});
