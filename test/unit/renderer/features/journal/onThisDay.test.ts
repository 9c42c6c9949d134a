// "On this day" finds the same day of the month in earlier months and years, newest first, with a friendly label.
import { describe, expect, it } from 'vitest';
import { earlierSameDays } from '../../../../../renderer/features/journal/onThisDay';

describe('on this day', () => {
  it('picks earlier entries on the same day of the month, and nothing from today or other days', () => {
    const days = [
      { date: '2024-11-21', count: 1 },
      { date: '2025-11-21', count: 2 },
      { date: '2026-08-21', count: 1 },
      { date: '2026-11-20', count: 1 },
      { date: '2026-11-21', count: 1 },
      { date: '2025-05-21', count: 1 },
    ];
    expect(earlierSameDays(days, '2026-11-21')).toEqual([
      { date: '2026-08-21', count: 1, label: '3 months ago' },
      { date: '2025-11-21', count: 2, label: 'A year ago' },
      { date: '2025-05-21', count: 1, label: 'A year and 6 months ago' },
      { date: '2024-11-21', count: 1, label: '2 years ago' },
    ]);
  });

  it('keeps only the most recent few', () => {
    const days = Array.from({ length: 20 }, (_, i) => ({ date: `${2000 + i}-03-05`, count: 1 }));
    expect(earlierSameDays(days, '2026-03-05', 3).map((day) => day.date)).toEqual(['2019-03-05', '2018-03-05', '2017-03-05']);
  });
});
