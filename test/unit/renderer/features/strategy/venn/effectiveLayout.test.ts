// The diagram follows the values: new ones join while there is room, archived ones leave, hidden ones stay hidden.
import { describe, expect, it } from 'vitest';
import { vennLayoutSchema } from '../../../../../../shared/domain/venn/layout';
import { tidyLayout } from '../../../../../../shared/domain/venn/tidyLayout';
import { CANVAS, effectiveLayout, shownCircles, withShown } from '../../../../../../renderer/features/strategy/venn/effectiveLayout';

const LETTERS = 'abcdefghijklm'.split('');

describe('effective layout', () => {
  it('lays out up to twelve values when nothing was saved, and always produces a valid layout', () => {
    const layout = effectiveLayout({}, LETTERS);
    expect(layout.shown).toEqual(LETTERS.slice(0, 12));
    expect(vennLayoutSchema.safeParse(layout).success).toBe(true);
  });

  it('keeps the classic symmetric layout while values are added one at a time and nothing was moved', () => {
    let layout = effectiveLayout({}, ['a']);
    for (let count = 2; count <= 5; count++) {
      layout = effectiveLayout(layout, LETTERS.slice(0, count));
      const expected = tidyLayout(LETTERS.slice(0, count), CANVAS.width, CANVAS.height);
      shownCircles(layout).forEach((circle, index) => {
        expect(circle.x).toBeCloseTo(expected[index]!.x, 6);
        expect(circle.y).toBeCloseTo(expected[index]!.y, 6);
        expect(circle.r).toBeCloseTo(expected[index]!.r, 6);
      });
    }
  });

  it('puts a new value in the largest free area of a diagram someone arranged, not on top of a circle', () => {
    const arranged = effectiveLayout({}, ['a', 'b', 'c', 'd']);
    const crowded = {
      ...arranged,
      circles: arranged.circles.map((c, index) => ({ ...c, x: 130 + index * 40, y: 150 + index * 50, r: 110 })),
    };
    const next = effectiveLayout(crowded, ['a', 'b', 'c', 'd', 'e']);
    const circles = shownCircles(next);
    const added = circles.find((c) => c.id === 'e')!;
    expect(added.x).toBeGreaterThan(CANVAS.width / 2);
    for (const other of circles.filter((c) => c.id !== 'e')) {
      expect(Math.hypot(other.x - added.x, other.y - added.y)).toBeGreaterThan(other.r);
      expect(next.circles.find((c) => c.valueId === other.id)).toMatchObject({ x: other.x, y: other.y });
    }
  });

  it('keeps saved places, drops archived values and adds a new value', () => {
    const first = effectiveLayout({}, ['a', 'b']);
    const moved = { ...first, circles: first.circles.map((c) => (c.valueId === 'a' ? { ...c, x: c.x + 10 } : c)) };
    const next = effectiveLayout(moved, ['a', 'c']);
    expect(next.shown).toEqual(['a', 'c']);
    expect(next.circles.find((c) => c.valueId === 'a')?.x).toBe(moved.circles.find((c) => c.valueId === 'a')?.x);
    expect(next.circles.some((c) => c.valueId === 'b')).toBe(true);
  });

  it('leaves a value hidden on purpose hidden, and shows it again where it was', () => {
    const layout = effectiveLayout({}, ['a', 'b', 'c']);
    const hidden = withShown(layout, 'b', false, ['a', 'b', 'c']);
    expect(effectiveLayout(hidden, ['a', 'b', 'c']).shown).toEqual(['a', 'c']);
    const shownAgain = withShown(hidden, 'b', true, ['a', 'b', 'c']);
    expect(shownAgain.shown).toEqual(['a', 'c', 'b']);
    expect(shownAgain.circles.find((c) => c.valueId === 'b')).toEqual(layout.circles.find((c) => c.valueId === 'b'));
  });
});
