// The symmetric starting layout: fits the canvas, and forms the documented regions for 1–12 circles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { MIN_LABELLED_AREA, aspirationSpot, placeRegionLabels } from '../../../../../shared/domain/venn/labels';
import { regionAreas } from '../../../../../shared/domain/venn/regions';
import { fitToCanvas, tidyLayout } from '../../../../../shared/domain/venn/tidyLayout';
import { isCircleOnCanvas } from '../../../../support/vennOracles';

const IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];
const missingRegions = (count: number) =>
  regionAreas(tidyLayout(IDS.slice(0, count), 800, 600))
    .filter((region) => region.area <= MIN_LABELLED_AREA)
    .map((region) => region.ids.join(''));

describe('tidyLayout', () => {
  it('gives equal circles, in id order, wholly on the canvas, for 1 to 12 values', () => {
    for (let count = 1; count <= 12; count++) {
      const circles = tidyLayout(IDS.slice(0, count), 800, 600);
      expect(circles.map((c) => c.id)).toEqual(IDS.slice(0, count));
      expect(new Set(circles.map((c) => c.r.toFixed(9))).size).toBe(1);
      for (const c of circles) expect(isCircleOnCanvas(c, { width: 800, height: 600 })).toBe(true);
      expect(circles[0]!.r).toBeGreaterThan(count <= 5 ? 100 : 60);
    }
  });

  it('fits any canvas, whatever its shape', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 100, max: 4000 }),
        fc.integer({ min: 100, max: 4000 }),
        (count, width, height) => {
          for (const c of tidyLayout(IDS.slice(0, count), width, height)) {
            expect(isCircleOnCanvas(c, { width, height })).toBe(true);
          }
        },
      ),
    );
  });

  it('forms every combination for two and three values', () => {
    expect(missingRegions(2)).toEqual([]);
    expect(missingRegions(3)).toEqual([]);
  });

  it('forms 13 of 15 regions for four values, missing only the diagonal pairs', () => {
    expect(missingRegions(4)).toEqual(['AC', 'BD']);
  });

  it('forms the 21 regions of runs of neighbours for five values, missing the 10 that skip one', () => {
    expect(missingRegions(5).sort()).toEqual(['ABD', 'ACD', 'ACE', 'AC', 'AD', 'BCE', 'BDE', 'BD', 'BE', 'CE'].sort());
  });

  it('forms, for 6 to 12 values, a ring: every value on its own and each pair of neighbours, nothing else', () => {
    for (let count = 6; count <= 12; count++) {
      const formed = regionAreas(tidyLayout(IDS.slice(0, count), 800, 600))
        .filter((region) => region.area > MIN_LABELLED_AREA)
        .map((region) => region.ids.join(''))
        .sort();
      const ring = IDS.slice(0, count).flatMap((id, index) => [id, [id, IDS[(index + 1) % count]!].sort().join('')]);
      expect(formed).toEqual(ring.sort());
    }
  });

  it('leaves room for a label in every region it forms, and up to five values share a centre for the aspiration', () => {
    for (let count = 1; count <= 12; count++) {
      const circles = tidyLayout(IDS.slice(0, count), 800, 600);
      const labelled = placeRegionLabels(circles).filter((label) => label.area > MIN_LABELLED_AREA);
      for (const label of labelled) expect(label.spot?.clearance).toBeGreaterThan(15);
      if (count <= 5) expect(aspirationSpot(circles)).not.toBeNull();
    }
  });

  it('puts two circles side by side with the first on the left, and three with the first on top', () => {
    const [left, right] = tidyLayout(['A', 'B'], 800, 600);
    expect(left!.x).toBeLessThan(right!.x);
    expect(left!.y).toBeCloseTo(right!.y, 9);
    const [top, ...rest] = tidyLayout(['A', 'B', 'C'], 800, 600);
    for (const other of rest) expect(top!.y).toBeLessThan(other.y);
  });

  it('is empty for no values and refuses more than twelve', () => {
    expect(tidyLayout([], 800, 600)).toEqual([]);
    expect(() => tidyLayout([...IDS, 'M'], 800, 600)).toThrow(RangeError);
  });
});

describe('fitToCanvas', () => {
  it('scales uniformly and centres the drawing, keeping proportions', () => {
    const fitted = fitToCanvas(
      [
        { id: 'A', x: 0, y: 0, r: 1 },
        { id: 'B', x: 2, y: 0, r: 2 },
      ],
      1000,
      1000,
    );
    const [a, b] = fitted;
    expect(b!.r / a!.r).toBeCloseTo(2, 12);
    expect((b!.x - a!.x) / a!.r).toBeCloseTo(2, 12);
    const left = Math.min(...fitted.map((c) => c.x - c.r));
    const right = Math.max(...fitted.map((c) => c.x + c.r));
    expect((left + right) / 2).toBeCloseTo(500, 9);
    for (const c of fitted) expect(isCircleOnCanvas(c, { width: 1000, height: 1000 })).toBe(true);
  });
});
