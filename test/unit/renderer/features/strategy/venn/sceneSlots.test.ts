// The editor's slots: one per value label and one per combination of shown values with evidence, placed where the scene puts them.
import { describe, expect, it } from 'vitest';
import { regionKey } from '../../../../../../shared/domain/venn/regions';
import { tidyLayout } from '../../../../../../shared/domain/venn/tidyLayout';
import { emptySlots, placeSlots } from '../../../../../../renderer/features/strategy/venn/sceneSlots';
import { buildVennScene } from '../../../../../../renderer/ui/venn/vennScene';

const values = [
  { id: 't', label: 'Teaching', colour: '#2f5a41' },
  { id: 'b', label: 'Building', colour: '#25507a' },
  { id: 'c', label: 'Connecting', colour: '#8a3b1f' },
];
const counts = [
  { ids: ['t', 'b'], count: 3 },
  { ids: ['c'], count: 1 },
];

describe('emptySlots', () => {
  it('has a label per value and a region per combination with evidence, with names and counts, none placed', () => {
    const slots = emptySlots(values, counts);
    expect(slots.labels.map((slot) => [slot.label, slot.at])).toEqual([
      ['Teaching', null],
      ['Building', null],
      ['Connecting', null],
    ]);
    // In regionAreas order (Teaching and Building before Connecting); a combination without evidence never has a badge.
    expect(slots.regions.map((slot) => [slot.key, slot.name, slot.count, slot.at])).toEqual([
      [regionKey(['t', 'b']), 'Teaching and Building', 3, null],
      [regionKey(['c']), 'Connecting', 1, null],
    ]);
  });
});

describe('placeSlots', () => {
  const circles = tidyLayout(['t', 'b', 'c'], 720, 460).map((circle, index) => ({ ...circle, ...values[index]! }));
  const empty = emptySlots(values, counts);

  it('places exactly what the scene places, where it places it, and keeps the slots in order', () => {
    const scene = buildVennScene(circles, { width: 720, height: 460, counts });
    const placed = placeSlots(empty, scene);
    expect(placed.regions.map((slot) => slot.key)).toEqual(empty.regions.map((slot) => slot.key));
    const shown = placed.regions.filter((slot) => slot.at).map((slot) => ({ key: slot.key, x: slot.at!.x, y: slot.at!.y, count: slot.count }));
    expect(shown).toEqual(scene.regions.map((region) => ({ key: region.key, x: region.x, y: region.y, count: region.count })));
    expect(placed.labels.map((slot) => slot.at)).toEqual(scene.valueLabels.map((label) => ({ x: label.x, y: label.y, box: label.box, leader: label.leader })));
  });

  it('leaves a combination unplaced when its circles no longer meet, or when it has no evidence', () => {
    const apart = circles.map((circle, index) => ({ ...circle, x: 100 + index * 260, y: 200, r: 90 }));
    const placed = placeSlots(empty, buildVennScene(apart, { width: 720, height: 460, counts }));
    const atOf = (ids: string[]) => placed.regions.find((slot) => slot.key === regionKey(ids))?.at;
    expect(atOf(['t', 'b'])).toBeNull();
    expect(atOf(['c'])).not.toBeNull();
    expect(placed.regions).toHaveLength(2);
  });
});
