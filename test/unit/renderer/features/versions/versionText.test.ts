// Words for versions: what differs reads as a list, and the nudge appears only when due.
import { describe, expect, it } from 'vitest';
import type { CheckInAdvice } from '../../../../../shared/domain/versions/checkIn';
import { checkInNudge, describeDifferences } from '../../../../../renderer/features/versions/versionText';

const advice = (suggestCheckIn: boolean, daysDiffering: number): CheckInAdvice => ({
  differs: true,
  differences: { aspiration: true, values: true, layout: false },
  differingSince: new Date(),
  daysDiffering,
  suggestCheckIn,
});

describe('describeDifferences', () => {
  it('lists the parts that changed in plain words', () => {
    expect(describeDifferences({ aspiration: true, values: false, layout: false })).toBe('your aspiration');
    expect(describeDifferences({ aspiration: true, values: true, layout: true })).toBe('your aspiration, your values and the Venn diagram');
    expect(describeDifferences({ aspiration: false, values: false, layout: false })).toBeNull();
  });
});

describe('checkInNudge', () => {
  it('says nothing until a check-in is due, then how long ago things changed', () => {
    expect(checkInNudge(advice(false, 3), true)).toBeNull();
    expect(checkInNudge(advice(true, 9), true)).toBe(
      'You changed your aspiration and your values 9 days ago and have not saved a version since. A short note now keeps the why.',
    );
    expect(checkInNudge(advice(true, 9), false)).toMatch(/never saved a version/);
  });
});
