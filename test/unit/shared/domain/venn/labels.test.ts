// Label spots sit at the deepest point of exactly their region; the aspiration goes where every circle meets, or nowhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Circle } from '../../../../../shared/domain/venn/circle';
import {
  aspirationSpot,
  haveCommonRegion,
  MIN_LABEL_CLEARANCE,
  MIN_LABELLED_AREA,
  placeRegionLabel,
  placeRegionLabelAmongNeighbours,
  placeRegionLabels,
  placeWantedRegionLabels,
  regionMargin,
} from '../../../../../shared/domain/venn/labels';
import { regionAreas, regionKey, regionOfPoint } from '../../../../../shared/domain/venn/regions';
import { tidyLayout } from '../../../../../shared/domain/venn/tidyLayout';
import { awkwardCirclesArbitrary, circlesArbitrary } from './arbitraries';
import { unionArea } from '../../../../support/vennOracles';

const circle = (id: string, x: number, y: number, r: number): Circle => ({ id, x, y, r });
const sameSet = (a: readonly string[], b: readonly string[]) => regionKey(a) === regionKey(b);

/** Checks every region's spot against a 41 × 41 grid over the box its circles share. */
function expectNoDeeperGridPoint(circles: readonly Circle[]): void {
  const steps = 40;
  for (const label of placeRegionLabels(circles)) {
    const inside = new Set(label.ids);
    const members = circles.filter((c) => inside.has(c.id));
    const left = Math.max(...members.map((c) => c.x - c.r));
    const right = Math.min(...members.map((c) => c.x + c.r));
    const top = Math.max(...members.map((c) => c.y - c.r));
    const bottom = Math.min(...members.map((c) => c.y + c.r));
    let deepest = -Infinity;
    for (let row = 0; row <= steps && left < right && top < bottom; row++) {
      for (let column = 0; column <= steps; column++) {
        const point = { x: left + ((right - left) * column) / steps, y: top + ((bottom - top) * row) / steps };
        deepest = Math.max(deepest, regionMargin(point, circles, inside));
      }
    }
    // A region with no spot is a sliver no point of which is MIN_LABEL_CLEARANCE clear of its rims.
    expect(label.spot?.clearance ?? MIN_LABEL_CLEARANCE).toBeGreaterThanOrEqual(deepest - 1e-9);
  }
}

describe('placeRegionLabelAmongNeighbours', () => {
  it('finds as deep a spot as placeRegionLabel among every circle, inside exactly its region', () => {
    fc.assert(
      fc.property(fc.oneof(circlesArbitrary(1, 8), awkwardCirclesArbitrary(1, 8)), (circles) => {
        for (const region of regionAreas(circles)) {
          if (region.area <= MIN_LABELLED_AREA) continue;
          const alone = placeRegionLabel(circles, region.ids);
          const near = placeRegionLabelAmongNeighbours(circles, region.ids);
          if (!alone) continue;
          expect(near).not.toBeNull();
          expect(regionMargin(near!, circles, new Set(region.ids))).toBeCloseTo(alone.clearance, 6);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('placeWantedRegionLabels', () => {
  it('gives just the wanted combinations, once each, as the full listing has them, spotted among their neighbours', () => {
    // Combinations in any order, repeated or empty at times, some naming a value not drawn.
    const wantedArbitrary = (ids: readonly string[]) => fc.array(fc.shuffledSubarray([...ids, 'not drawn']), { maxLength: 12 });
    fc.assert(
      fc.property(
        fc.oneof(circlesArbitrary(1, 8), awkwardCirclesArbitrary(1, 8)).chain((circles) => fc.tuple(fc.constant(circles), wantedArbitrary(circles.map((c) => c.id)))),
        ([circles, wanted]) => {
          const drawn = new Set(circles.map((c) => c.id));
          const keys = new Set(wanted.filter((ids) => ids.length > 0 && ids.every((id) => drawn.has(id))).map(regionKey));
          const expected = regionAreas(circles)
            .filter((region) => keys.has(regionKey(region.ids)))
            .map((region) => ({ ...region, spot: region.area > MIN_LABELLED_AREA ? placeRegionLabelAmongNeighbours(circles, region.ids) : null }));
          expect(placeWantedRegionLabels(circles, wanted)).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('placeRegionLabels', () => {
  it('gives every region exactly the spot placeRegionLabel finds for it alone (the shared candidates change nothing)', () => {
    fc.assert(
      fc.property(circlesArbitrary(1, 5), (circles) => {
        for (const label of placeRegionLabels(circles)) {
          if (label.area > MIN_LABELLED_AREA) expect(label.spot).toEqual(placeRegionLabel(circles, label.ids));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('puts every spot inside exactly the circles of its region, clear of every rim', () => {
    fc.assert(
      fc.property(circlesArbitrary(1, 5), (circles) => {
        for (const label of placeRegionLabels(circles)) {
          if (!label.spot) continue;
          expect(sameSet(regionOfPoint(label.spot, circles), label.ids)).toBe(true);
          expect(label.spot.clearance).toBeGreaterThan(0);
          expect(regionMargin(label.spot, circles, new Set(label.ids))).toBeCloseTo(label.spot.clearance, 9);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('puts every spot inside exactly its region for coincident, nested and touching circles too', () => {
    fc.assert(
      fc.property(awkwardCirclesArbitrary(1, 5), (circles) => {
        for (const label of placeRegionLabels(circles)) {
          if (label.area > MIN_LABELLED_AREA) expect(label.spot).toEqual(placeRegionLabel(circles, label.ids));
          if (!label.spot) continue;
          expect(sameSet(regionOfPoint(label.spot, circles), label.ids)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('labels every region of a noticeable size and no region without area', () => {
    fc.assert(
      fc.property(circlesArbitrary(1, 5), (circles) => {
        const noticeable = unionArea(circles) * 0.01;
        for (const label of placeRegionLabels(circles)) {
          if (label.area === 0) expect(label.spot).toBeNull();
          if (label.area >= noticeable && label.area > 50) expect(label.spot).not.toBeNull();
        }
      }),
      { numRuns: 120 },
    );
  });

  it('centres the label of two equal overlapping circles in the middle of their lens', () => {
    const labels = placeRegionLabels([circle('A', 100, 100, 50), circle('B', 160, 100, 50)]);
    const lens = labels.find((label) => sameSet(label.ids, ['A', 'B']))?.spot;
    expect(lens?.x).toBeCloseTo(130, 2);
    expect(lens?.y).toBeCloseTo(100, 2);
    expect(lens?.clearance).toBeCloseTo(20, 2);
  });

  it('finds the deepest point: no point of a fine grid over the region sits deeper in it', () => {
    fc.assert(
      fc.property(circlesArbitrary(1, 4), (circles) => expectNoDeeperGridPoint(circles)),
      { numRuns: 80 },
    );
    for (const count of [2, 3, 4, 5]) expectNoDeeperGridPoint(tidyLayout(['A', 'B', 'C', 'D', 'E'].slice(0, count), 720, 460));
  });

  it('puts the label where three equal circles meet at their middle', () => {
    const circles = [0, 1, 2].map((k) => circle(String(k), 300 + 60 * Math.cos((2 * Math.PI * k) / 3), 200 + 60 * Math.sin((2 * Math.PI * k) / 3), 100));
    const middle = placeRegionLabel(circles, ['0', '1', '2']);
    expect(middle?.x).toBeCloseTo(300, 9);
    expect(middle?.y).toBeCloseTo(200, 9);
    expect(middle?.clearance).toBeCloseTo(40, 9);
  });

  it('puts the label of each side of two equal overlapping circles on the line through their centres', () => {
    const labels = placeRegionLabels([circle('A', 100, 100, 50), circle('B', 160, 100, 50)]);
    const onlyA = labels.find((label) => sameSet(label.ids, ['A']))?.spot;
    expect(onlyA?.x).toBeCloseTo(80, 9);
    expect(onlyA?.y).toBeCloseTo(100, 9);
    expect(onlyA?.clearance).toBeCloseTo(30, 9);
  });

  it('labels the ring between two circles with one centre, halfway between their rims', () => {
    const labels = placeRegionLabels([circle('A', 200, 200, 100), circle('B', 200, 200, 40)]);
    const ring = labels.find((label) => sameSet(label.ids, ['A']))?.spot;
    expect(ring?.clearance).toBeCloseTo(30, 9);
    expect(Math.hypot((ring?.x ?? 0) - 200, (ring?.y ?? 0) - 200)).toBeCloseTo(70, 9);
    expect(labels.find((label) => sameSet(label.ids, ['A', 'B']))?.spot).toEqual({ x: 200, y: 200, clearance: 40 });
  });

  it('labels circles whose centres are in a row', () => {
    const circles = [circle('A', 100, 200, 80), circle('B', 200, 200, 80), circle('C', 300, 200, 80)];
    for (const label of placeRegionLabels(circles)) {
      if (label.area > 50) expect(label.spot).not.toBeNull();
      if (label.spot) expect(sameSet(regionOfPoint(label.spot, circles), label.ids)).toBe(true);
    }
    const middle = placeRegionLabels(circles).find((label) => sameSet(label.ids, ['B']))?.spot;
    expect(middle).toBeDefined();
    expect(middle?.x).toBeCloseTo(200, 9);
  });

  it('gives the same spots for the same circles', () => {
    const circles = [circle('A', 300, 250, 120), circle('B', 420, 250, 120), circle('C', 360, 350, 120)];
    expect(placeRegionLabels(circles)).toEqual(placeRegionLabels(circles));
  });
});

describe('placeRegionLabel', () => {
  it('finds a thin crescent left by a nearly covering circle', () => {
    const circles = [circle('A', 200, 200, 100), circle('B', 203, 200, 99)];
    const spot = placeRegionLabel(circles, ['A']);
    expect(spot).not.toBeNull();
    expect(regionOfPoint(spot!, circles)).toEqual(['A']);
  });

  it('returns null for a combination the circles do not form, or ids not drawn', () => {
    const circles = [circle('A', 0, 0, 10), circle('B', 50, 0, 10)];
    expect(placeRegionLabel(circles, ['A', 'B'])).toBeNull();
    expect(placeRegionLabel(circles, ['Z'])).toBeNull();
    expect(placeRegionLabel(circles, [])).toBeNull();
  });
});

describe('aspirationSpot', () => {
  it('sits where all circles meet when they do', () => {
    const circles = [circle('A', 300, 250, 120), circle('B', 420, 250, 120), circle('C', 360, 350, 120)];
    const spot = aspirationSpot(circles);
    expect(spot).not.toBeNull();
    expect(regionOfPoint(spot!, circles)).toEqual(['A', 'B', 'C']);
    expect(haveCommonRegion(circles)).toBe(true);
  });

  it('is null when the circles overlap only in pairs, with no region shared by all', () => {
    const circles = [circle('A', 0, 0, 60), circle('B', 100, 0, 60), circle('C', 200, 0, 60)];
    expect(aspirationSpot(circles)).toBeNull();
    expect(haveCommonRegion(circles)).toBe(false);
  });

  it('is null with no circles at all', () => {
    expect(aspirationSpot([])).toBeNull();
  });

  it('always lies inside every circle when it exists', () => {
    fc.assert(
      fc.property(circlesArbitrary(1, 5), (circles) => {
        const spot = aspirationSpot(circles);
        if (spot) expect(regionOfPoint(spot, circles)).toHaveLength(circles.length);
      }),
      { numRuns: 150 },
    );
  });
});
