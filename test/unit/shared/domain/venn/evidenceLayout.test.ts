// The evidence layout: areas follow the counts, it fits the canvas, and it is repeatable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { layoutByEvidence } from '../../../../../shared/domain/venn/evidenceLayout';
import { ownRoom, roomNeeded } from '../../../../../shared/domain/venn/ownRoom';
import { regionAreas, regionKey } from '../../../../../shared/domain/venn/regions';
import { tidyLayout } from '../../../../../shared/domain/venn/tidyLayout';
import { isCircleOnCanvas } from '../../../../support/vennOracles';

const canvas = { width: 800, height: 600 };
const areasOf = (circles: ReturnType<typeof layoutByEvidence>) =>
  new Map(regionAreas(circles).map((region) => [regionKey(region.ids), region.area]));

describe('layoutByEvidence', () => {
  it('makes two values’ region areas proportional to their counts', () => {
    const circles = layoutByEvidence(
      ['A', 'B'],
      [
        { ids: ['A'], count: 10 },
        { ids: ['B'], count: 5 },
        { ids: ['A', 'B'], count: 3 },
      ],
      canvas.width,
      canvas.height,
    );
    const areas = areasOf(circles);
    const onlyA = areas.get('A')!;
    expect(areas.get('B')! / onlyA).toBeCloseTo(0.5, 2);
    expect(areas.get(regionKey(['A', 'B']))! / onlyA).toBeCloseTo(0.3, 2);
  });

  it('orders region areas as the counts are ordered, and keeps apart values never lived together', () => {
    const circles = layoutByEvidence(
      ['A', 'B', 'C'],
      [
        { ids: ['A'], count: 20 },
        { ids: ['B'], count: 10 },
        { ids: ['C'], count: 5 },
        { ids: ['A', 'B'], count: 4 },
      ],
      canvas.width,
      canvas.height,
    );
    const areas = areasOf(circles);
    const ab = areas.get(regionKey(['A', 'B']))!;
    expect(areas.get('A')!).toBeGreaterThan(areas.get('B')!);
    expect(areas.get('B')!).toBeGreaterThan(areas.get('C')!);
    expect(areas.get('C')!).toBeGreaterThan(ab);
    expect(ab).toBeGreaterThan(0);
    expect(areas.get(regionKey(['A', 'C']))).toBe(0);
    expect(areas.get(regionKey(['B', 'C']))).toBe(0);
  });

  it('overlaps a value whose evidence always comes with another, yet leaves it room of its own for its label', () => {
    const circles = layoutByEvidence(
      ['A', 'B'],
      [
        { ids: ['A'], count: 6 },
        { ids: ['A', 'B'], count: 3 },
      ],
      canvas.width,
      canvas.height,
    );
    const areas = areasOf(circles);
    expect(areas.get(regionKey(['A', 'B']))).toBeGreaterThan(areas.get('B')!);
    expect(ownRoom(circles, 'B')).toBeGreaterThanOrEqual(roomNeeded(circles[1]!));
  });

  it('keeps every circle on the canvas and in the order of the ids given', () => {
    const circles = layoutByEvidence(
      ['E', 'D', 'C', 'B', 'A'],
      [
        { ids: ['A', 'B', 'C', 'D', 'E'], count: 5 },
        { ids: ['A'], count: 3 },
        { ids: ['C', 'E'], count: 4 },
        { ids: ['D', 'Z'], count: 2 },
      ],
      canvas.width,
      canvas.height,
    );
    expect(circles.map((c) => c.id)).toEqual(['E', 'D', 'C', 'B', 'A']);
    for (const c of circles) expect(isCircleOnCanvas(c, canvas)).toBe(true);
  });

  it('keeps every circle on the canvas for any evidence', () => {
    const ids = ['A', 'B', 'C', 'D'];
    const countArbitrary = fc.record({
      ids: fc.subarray(ids, { minLength: 1 }),
      count: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(countArbitrary, { maxLength: 8 }), (counts) => {
        const circles = layoutByEvidence(ids, counts, canvas.width, canvas.height);
        expect(circles.map((c) => c.id)).toEqual(ids);
        for (const c of circles) expect(isCircleOnCanvas(c, canvas)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('gives a value without evidence a small circle rather than none', () => {
    const circles = layoutByEvidence(['A', 'B'], [{ ids: ['A'], count: 50 }], canvas.width, canvas.height);
    const [a, b] = circles;
    expect(b!.r).toBeGreaterThan(0);
    expect(b!.r).toBeLessThan(a!.r / 3);
  });

  it('is the same every time for the same evidence', () => {
    const counts = [
      { ids: ['A', 'B'], count: 3 },
      { ids: ['B', 'C'], count: 2 },
      { ids: ['C', 'D'], count: 4 },
      { ids: ['A'], count: 7 },
      { ids: ['D'], count: 1 },
    ];
    const ids = ['A', 'B', 'C', 'D'];
    expect(layoutByEvidence(ids, counts, 800, 600)).toEqual(layoutByEvidence(ids, counts, 800, 600));
  });

  it('falls back to the tidy layout when there is no evidence, ignoring negative and non-finite counts', () => {
    const ids = ['A', 'B', 'C'];
    const counts = [
      { ids: ['A'], count: 0 },
      { ids: ['B'], count: -4 },
      { ids: ['C'], count: Number.NaN },
    ];
    expect(layoutByEvidence(ids, counts, 800, 600)).toEqual(tidyLayout(ids, 800, 600));
    expect(layoutByEvidence(ids, [], 800, 600)).toEqual(tidyLayout(ids, 800, 600));
  });
});
