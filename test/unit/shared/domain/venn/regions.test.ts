// Region membership and exact region areas, checked against closed forms and an independent implementation.
import fc from 'fast-check';
import { intersectionArea as vennJsIntersectionArea } from '@upsetjs/venn.js';
import { describe, expect, it } from 'vitest';
import { type Circle, isSameCircle } from '../../../../../shared/domain/venn/circle';
import { regionAreas, regionKey, regionOfPoint } from '../../../../../shared/domain/venn/regions';
import { awkwardCirclesArbitrary, circlesArbitrary } from './arbitraries';
import { intersectionArea, regionArea, twoCircleOverlapArea, unionArea } from '../../../../support/vennOracles';

const circle = (id: string, x: number, y: number, r: number): Circle => ({ id, x, y, r });
const byKey = (circles: Circle[]) => new Map(regionAreas(circles).map((region) => [regionKey(region.ids), region.area]));

/**
 * Inclusion–exclusion over venn.js's polygon-and-segments intersection areas: an independent answer. A disc meets itself
 * in itself, so circles that coincide (within COINCIDENCE_TOLERANCE) are given to venn.js once: its polygon of crossing
 * points degenerates for them, and fast-check's doubles, which favour 0 and their bounds, draw such circles about one
 * run in forty (x = y = 0 and r = 250 against r = 250 − 1e-10, with a third circle crossing both: venn.js's three-way
 * area came out 0.26 above the two-way one, the whole of a crescent).
 */
function exclusiveAreasFromVennJs(circles: Circle[]): Map<string, number> {
  const n = circles.length;
  const common = (mask: number) => {
    const members = circles.filter((_, i) => mask & (1 << i));
    const distinct = members.filter((c, i) => !members.slice(0, i).some((earlier) => isSameCircle(earlier, c)));
    return vennJsIntersectionArea(distinct.map((c) => ({ x: c.x, y: c.y, radius: c.r, setid: c.id })));
  };
  const intersections = new Map<number, number>();
  for (let mask = 1; mask < 1 << n; mask++) intersections.set(mask, common(mask));
  const result = new Map<string, number>();
  for (let mask = 1; mask < 1 << n; mask++) {
    let area = 0;
    for (let superset = mask; superset < 1 << n; superset = (superset + 1) | mask) {
      const extra = popcount(superset) - popcount(mask);
      area += (extra % 2 === 0 ? 1 : -1) * (intersections.get(superset) ?? 0);
    }
    result.set(regionKey(circles.filter((_, i) => mask & (1 << i)).map((c) => c.id)), area);
  }
  return result;
}

function popcount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count++;
  return count;
}

describe('regionOfPoint', () => {
  it('names exactly the circles containing the point', () => {
    const circles = [circle('A', 0, 0, 10), circle('B', 12, 0, 10), circle('C', 100, 100, 5)];
    expect(regionOfPoint({ x: 6, y: 0 }, circles)).toEqual(['A', 'B']);
    expect(regionOfPoint({ x: -5, y: 0 }, circles)).toEqual(['A']);
    expect(regionOfPoint({ x: 50, y: 50 }, circles)).toEqual([]);
  });
});

describe('regionAreas', () => {
  it('lists every combination in bit order, with 0 for those the circles do not form', () => {
    const regions = regionAreas([circle('A', 0, 0, 1), circle('B', 1, 0, 1), circle('C', 10, 0, 1)]);
    expect(regions.map((region) => region.ids.join(''))).toEqual(['A', 'B', 'AB', 'C', 'AC', 'BC', 'ABC']);
    const lens = (2 * Math.PI) / 3 - Math.sqrt(3) / 2;
    expect(regions.map((region) => region.area)).toEqual([
      expect.closeTo(Math.PI - lens, 12),
      expect.closeTo(Math.PI - lens, 12),
      expect.closeTo(lens, 12),
      expect.closeTo(Math.PI, 12),
      0,
      0,
      0,
    ]);
  });

  it('gives the classic symmetric three-circle areas', () => {
    // Three unit circles whose centres form a triangle with side 1: the centre region is a Reuleaux
    // triangle, (π − √3)/2.
    const h = Math.sqrt(3) / 2;
    const areas = byKey([circle('A', 0, 0, 1), circle('B', 1, 0, 1), circle('C', 0.5, h, 1)]);
    expect(areas.get(regionKey(['A', 'B', 'C']))).toBeCloseTo((Math.PI - Math.sqrt(3)) / 2, 12);
  });

  it('handles nested, touching and identical circles', () => {
    const nested = byKey([circle('A', 0, 0, 5), circle('B', 1, 0, 2)]);
    expect(nested.get('A')).toBeCloseTo(21 * Math.PI, 9);
    expect(nested.get('B')).toBe(0);
    expect(nested.get(regionKey(['A', 'B']))).toBeCloseTo(4 * Math.PI, 9);

    const touching = byKey([circle('A', 0, 0, 1), circle('B', 2, 0, 1)]);
    expect(touching.get(regionKey(['A', 'B']))).toBe(0);
    expect(touching.get('A')).toBeCloseTo(Math.PI, 12);

    const twins = byKey([circle('A', 3, 4, 2), circle('B', 3, 4, 2), circle('C', 6, 4, 2)]);
    expect(twins.get('A')).toBe(0);
    expect(twins.get('B')).toBe(0);
    expect(twins.get(regionKey(['A', 'B']))! + twins.get(regionKey(['A', 'B', 'C']))!).toBeCloseTo(4 * Math.PI, 9);
  });

  it('matches inclusion–exclusion over venn.js intersection areas for random circles', () => {
    fc.assert(
      fc.property(circlesArbitrary(1, 5), (circles) => {
        const ours = byKey(circles);
        const theirs = exclusiveAreasFromVennJs(circles);
        const scale = Math.max(...circles.map((c) => Math.PI * c.r * c.r));
        for (const [key, area] of theirs) {
          expect(Math.abs((ours.get(key) ?? 0) - area)).toBeLessThan(1e-6 * scale);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('adds up: exclusive areas sum to the union, and each circle is the sum of the regions inside it', () => {
    fc.assert(
      fc.property(circlesArbitrary(1, 5), (circles) => {
        const regions = regionAreas(circles);
        const total = regions.reduce((sum, region) => sum + region.area, 0);
        const union = unionArea(circles);
        const scale = circles.reduce((sum, c) => sum + Math.PI * c.r * c.r, 0);
        expect(Math.abs(total - union)).toBeLessThan(1e-9 * scale);
        expect(union).toBeLessThanOrEqual(scale * (1 + 1e-12));
        for (const c of circles) {
          const inside = regions.filter((region) => region.ids.includes(c.id)).reduce((sum, r) => sum + r.area, 0);
          expect(Math.abs(inside - Math.PI * c.r * c.r)).toBeLessThan(1e-9 * scale);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('holds together for coincident, nudged, nested and touching circles: no negative area, every sum adds up', () => {
    fc.assert(
      fc.property(awkwardCirclesArbitrary(1, 5), (circles) => {
        const regions = regionAreas(circles);
        const scale = circles.reduce((sum, c) => sum + Math.PI * c.r * c.r, 0);
        expect(regions.every((region) => region.area >= 0)).toBe(true);
        for (const c of circles) {
          const inside = regions.filter((region) => region.ids.includes(c.id)).reduce((sum, r) => sum + r.area, 0);
          expect(Math.abs(inside - Math.PI * c.r * c.r)).toBeLessThan(1e-9 * scale);
        }
        for (const a of circles) {
          for (const b of circles) {
            if (a === b) continue;
            expect(Math.abs(intersectionArea([a, b]) - twoCircleOverlapArea(a, b))).toBeLessThan(1e-7 * Math.PI * Math.max(a.r, b.r) ** 2);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the whole disc to circles a rounding error apart, as if they were one', () => {
    const nudged = byKey([circle('A', 0, 0, 5), circle('B', 1e-9, 0, 5)]);
    expect(nudged.get('A')).toBe(0);
    expect(nudged.get('B')).toBe(0);
    expect(nudged.get(regionKey(['A', 'B']))).toBeCloseTo(25 * Math.PI, 9);
  });

  it('never reports a negative area', () => {
    fc.assert(
      fc.property(circlesArbitrary(1, 5), (circles) => {
        expect(regionAreas(circles).every((region) => region.area >= 0)).toBe(true);
      }),
    );
  });

  it('refuses duplicate ids, which would make regions ambiguous', () => {
    expect(() => regionAreas([circle('A', 0, 0, 1), circle('A', 1, 0, 1)])).toThrow(RangeError);
  });
});

describe('intersectionArea', () => {
  it('matches the closed-form lens for any two circles', () => {
    fc.assert(
      fc.property(circlesArbitrary(2, 2), ([a, b]) => {
        const expected = twoCircleOverlapArea(a!, b!);
        expect(Math.abs(intersectionArea([a!, b!]) - expected)).toBeLessThan(1e-7 * Math.PI * Math.max(a!.r, b!.r) ** 2);
      }),
      { numRuns: 300 },
    );
  });

  it('is zero for circles that share no point and the disc itself for one circle', () => {
    expect(intersectionArea([circle('A', 0, 0, 1), circle('B', 5, 0, 1)])).toBe(0);
    expect(intersectionArea([circle('A', 0, 0, 3)])).toBeCloseTo(9 * Math.PI, 12);
  });
});

describe('regionArea', () => {
  it('looks up one combination regardless of id order, and is 0 for unknown ids', () => {
    const circles = [circle('A', 0, 0, 1), circle('B', 1, 0, 1)];
    expect(regionArea(circles, ['B', 'A'])).toBeCloseTo((2 * Math.PI) / 3 - Math.sqrt(3) / 2, 12);
    expect(regionArea(circles, ['A', 'Z'])).toBe(0);
  });
});
