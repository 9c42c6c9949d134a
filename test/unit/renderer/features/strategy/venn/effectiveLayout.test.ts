// The diagram follows the values: new ones join while there is room, archived ones leave, hidden ones stay hidden.
import { describe, expect, it } from 'vitest';
import { vennLayoutSchema } from '../../../../../../shared/domain/venn/layout';
import { effectiveLayout, withShown } from '../../../../../../renderer/features/strategy/venn/effectiveLayout';

describe('effective layout', () => {
  it('lays out up to five values when nothing was saved, and always produces a valid layout', () => {
    const layout = effectiveLayout({}, ['a', 'b', 'c', 'd', 'e', 'f']);
    expect(layout.shown).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(vennLayoutSchema.safeParse(layout).success).toBe(true);
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
