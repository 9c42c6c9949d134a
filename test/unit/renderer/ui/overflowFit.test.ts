// A toolbar moves into its menu only what does not fit, the first movable actions first, and never the kept one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overflowing } from '../../../../renderer/ui/overflowFit';

describe('overflowing', () => {
  const bar = { widths: [100, 160, 140], kept: [false, false, true], gap: 8, moreWidth: 60 };

  it('moves nothing when every action fits', () => {
    expect(overflowing({ ...bar, room: 416 })).toEqual([]);
  });

  it('moves the first movable actions until the rest and the More button fit', () => {
    expect(overflowing({ ...bar, room: 415 })).toEqual([0]);
    expect(overflowing({ ...bar, room: 300 })).toEqual([0, 1]);
  });

  it('keeps the primary action on the bar however narrow it gets', () => {
    expect(overflowing({ ...bar, room: 10 })).toEqual([0, 1]);
  });

  it('leaves what stays within the room whenever the kept actions and More fit it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 20, max: 200 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 1600 }), (widths, room) => {
        const kept = widths.map((_, index) => index === widths.length - 1);
        const moved = overflowing({ widths, kept, gap: 8, moreWidth: 60, room });
        expect(moved).not.toContain(widths.length - 1);
        const left = widths.filter((_, index) => !moved.includes(index));
        const used = left.reduce((sum, width) => sum + width, 0) + 8 * (left.length - 1) + (moved.length > 0 ? 8 + 60 : 0);
        const least = (widths.at(-1) ?? 0) + 8 + 60;
        if (least <= room) expect(used).toBeLessThanOrEqual(room);
      }),
    );
  });
});
