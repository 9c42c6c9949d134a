// A figure labels each value and each region's evidence, and puts the aspiration where all values meet, or beside them with a leader.
import { describe, expect, it } from 'vitest';
import { isPointInCircle } from '../../../../../shared/domain/venn/circle';
import { regionOfPoint } from '../../../../../shared/domain/venn/regions';
import { tidyLayout } from '../../../../../shared/domain/venn/tidyLayout';
import { buildVennScene, type VennValueCircle } from '../../../../../renderer/ui/venn/vennScene';
import { wrapText } from '../../../../../renderer/ui/venn/wrapText';

const named = (circles: ReturnType<typeof tidyLayout>): VennValueCircle[] =>
  circles.map((circle) => ({ ...circle, label: circle.id, colour: '#2f5a41' }));

describe('venn scene', () => {
  const circles = named(tidyLayout(['Teaching', 'Building', 'Connecting'], 720, 460));

  it('labels every value inside its circle and puts each count badge in its region', () => {
    const scene = buildVennScene(circles, {
      width: 720,
      height: 460,
      counts: [{ ids: ['Teaching', 'Building'], count: 2 }],
      aspiration: 'Helping teams learn',
    });
    expect(scene.valueLabels.map((label) => label.label).sort()).toEqual(['Building', 'Connecting', 'Teaching']);
    for (const label of scene.valueLabels) {
      const circle = circles.find((c) => c.id === label.id);
      expect(circle && isPointInCircle(label, circle)).toBe(true);
    }
    const pair = scene.regions.find((region) => region.name === 'Teaching and Building');
    expect(pair?.count).toBe(2);
    // A region without evidence has no badge: fifteen "0"s say nothing to someone starting out.
    expect(scene.regions.find((region) => region.name === 'Building')).toBeUndefined();
    for (const region of scene.regions.filter((r) => r.ids.length > 1 && r.ids.length < 3)) {
      expect(regionOfPoint(region, circles).sort()).toEqual([...region.ids].sort());
    }
  });

  it('sets the aspiration inside the shared region when there is one', () => {
    const scene = buildVennScene(circles, { width: 720, height: 460, aspiration: 'Helping teams learn' });
    expect(scene.aspiration?.leaderTo).toBeNull();
    expect(regionOfPoint({ x: scene.aspiration?.x ?? 0, y: scene.aspiration?.y ?? 0 }, circles)).toHaveLength(3);
  });

  it('sets the aspiration below the diagram with a leader line when the values do not all meet', () => {
    const apart = named([
      { id: 'a', x: 150, y: 200, r: 100 },
      { id: 'b', x: 560, y: 200, r: 100 },
    ]);
    const scene = buildVennScene(apart, { width: 720, height: 460, aspiration: 'Helping teams learn' });
    expect(scene.aspiration?.leaderTo).not.toBeNull();
    expect(scene.aspiration?.y).toBeGreaterThan(460);
  });

  it('draws no counts for a figure without evidence', () => {
    expect(buildVennScene(circles, { width: 720, height: 460 }).regions).toEqual([]);
  });

  it('labels a value whose circle lies wholly inside another outside its rim, with a leader to the rim', () => {
    const nested = named([
      { id: 'Leading', x: 360, y: 230, r: 180 },
      { id: 'Building bridges', x: 380, y: 240, r: 60 },
    ]);
    const scene = buildVennScene(nested, { width: 720, height: 460 });
    const inner = scene.valueLabels.find((label) => label.id === 'Building bridges');
    expect(inner?.leader).not.toBeNull();
    expect(Math.hypot(inner!.leader!.x - 380, inner!.leader!.y - 240)).toBeCloseTo(60, 6);
    expect(scene.valueLabels.map((label) => label.id)).toEqual(['Leading', 'Building bridges']);
  });

  it('wraps a long name to two lines ending in an ellipsis, keeping the full name', () => {
    const long = named([{ id: 'Making sure every voice in the room is heard, even the quiet ones at the back', x: 360, y: 230, r: 150 }]);
    const [label] = buildVennScene(long, { width: 720, height: 460 }).valueLabels;
    expect(label?.lines).toHaveLength(2);
    expect(label?.lines[1]?.endsWith('…')).toBe(true);
    expect(label?.label).toBe(long[0]?.label);
  });
});

describe('wrapText', () => {
  it('keeps words whole within the width and marks text that did not fit', () => {
    expect(wrapText('Helping small teams turn messy knowledge into tools', 16, 5)).toEqual([
      'Helping small',
      'teams turn messy',
      'knowledge into',
      'tools',
    ]);
    const cut = wrapText('one two three four five six seven', 9, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]?.endsWith('…')).toBe(true);
  });
});
