// Label spots sit inside exactly their region; the aspiration goes where every circle meets, or nowhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Circle } from '../../../../../shared/domain/venn/circle';
import {
  aspirationSpot,
  haveCommonRegion,
  largestIndexes,
  placeRegionLabel,
  placeRegionLabels,
  regionMargin,
} from '../../../../../shared/domain/venn/labels';
import { regionKey, regionOfPoint, unionArea } from '../../../../../shared/domain/venn/regions';
import { circlesArbitrary } from './arbitraries';

const circle = (id: string, x: number, y: number, r: number): Circle => ({ id, x, y, r });
const sameSet = (a: readonly string[], b: readonly string[]) => regionKey(a) === regionKey(b);

describe('placeRegionLabels', () => {
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

describe('largestIndexes', () => {
  it('picks the same indexes as sorting them all by value, largest first, ties to the earlier index', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -4, max: 4 }), { maxLength: 60 }), fc.integer({ min: 0, max: 6 }), (values, count) => {
        const sorted = values
          .map((_, index) => index)
          .sort((a, b) => (values[b] as number) - (values[a] as number) || a - b)
          .slice(0, count);
        expect(largestIndexes(values, count)).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the earlier of equal values first', () => {
    expect(largestIndexes(Float64Array.from([1, 3, 2, 3, 3]), 3)).toEqual([1, 3, 4]);
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
