// Words for versions: what differs reads as a list, and the nudge appears only when due.
import { describe, expect, it } from 'vitest';
import type { CheckInAdvice } from '../../../../../shared/domain/versions/checkIn';
import { layoutChanges } from '../../../../../shared/domain/versions/compare';
import { checkInNudge, describeCircleChanges, describeDifferences } from '../../../../../renderer/features/versions/versionText';

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

describe('describeCircleChanges', () => {
  const circle = (valueId: string, x: number, r = 60) => ({ valueId, x, y: 100, r });

  it('names each of five circles once, however many ways it changed, and never a hidden circle that only moved', () => {
    const from = {
      circles: [circle('a', 100), circle('b', 150), circle('c', 200), circle('d', 250), circle('e', 300), circle('f', 350)],
      shown: ['a', 'b', 'c', 'd', 'e'],
    };
    // a moves and grows, b shrinks, c moves, e is hidden, f (hidden before) is shown, d stays; a remembered circle moves unseen.
    const to = {
      circles: [circle('a', 130, 80), circle('b', 150, 40), circle('c', 230), circle('d', 250), circle('e', 300), circle('f', 350), circle('g', 90)],
      shown: ['a', 'b', 'c', 'd', 'f'],
    };
    const moves = { ...layoutChanges(from, to), moved: [...layoutChanges(from, to).moved, { valueId: 'z', from: circle('z', 0), to: circle('z', 90) }] };
    expect(describeCircleChanges(moves, from.shown, to.shown)).toEqual([
      { valueId: 'a', words: 'moved and grew' },
      { valueId: 'b', words: 'shrank' },
      { valueId: 'c', words: 'moved' },
      { valueId: 'f', words: 'was shown' },
      { valueId: 'e', words: 'was hidden' },
    ]);
  });

  it('says nothing when no drawn circle changed', () => {
    const same = { circles: [circle('a', 100)], shown: ['a'] };
    expect(describeCircleChanges(layoutChanges(same, same), same.shown, same.shown)).toEqual([]);
  });
});
