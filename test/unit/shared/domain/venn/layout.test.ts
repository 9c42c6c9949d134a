// The stored Venn layout: what the schema accepts and refuses, and converting to circles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_CIRCLE_RADIUS } from '../../../../../shared/domain/venn/canvas';
import {
  type VennLayout,
  circlesFromLayout,
  vennLayoutFromCircles,
  vennLayoutSchema,
} from '../../../../../shared/domain/venn/layout';

const valid: VennLayout = {
  version: 1,
  width: 800,
  height: 600,
  circles: [
    { valueId: 'teach', x: 300, y: 300, r: 150 },
    { valueId: 'build', x: 450, y: 300, r: 150 },
    { valueId: 'hidden', x: 100, y: 100, r: 60 },
  ],
  shown: ['build', 'teach'],
};
const withChange = (change: Partial<Record<keyof VennLayout, unknown>>) => ({ ...valid, ...change });
const withCircle = (index: number, change: Record<string, unknown>) => ({
  ...valid,
  circles: valid.circles.map((c, i) => (i === index ? { ...c, ...change } : c)),
});

describe('vennLayoutSchema', () => {
  it('accepts a well-formed layout', () => {
    expect(vennLayoutSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['a future version', withChange({ version: 2 })],
    ['a canvas too small to hold a circle', withChange({ width: 10 })],
    ['an infinite coordinate', withCircle(0, { x: Infinity })],
    ['a NaN radius', withCircle(0, { r: Number.NaN })],
    ['a radius below the minimum', withCircle(0, { r: MIN_CIRCLE_RADIUS - 1 })],
    ['a radius above the maximum', withCircle(0, { r: 1e6 })],
    ['a centre off the canvas', withCircle(0, { x: -5 })],
    ['two circles for one value', withCircle(1, { valueId: 'teach' })],
    ['a shown value without a circle', withChange({ shown: ['teach', 'ghost'] })],
    ['a value shown twice', withChange({ shown: ['teach', 'teach'] })],
    ['more than five shown values', withChange({ shown: ['a', 'b', 'c', 'd', 'e', 'f'] })],
    ['an unexpected field', withChange({ zoom: 2 } as never)],
    ['an empty value id', withCircle(0, { valueId: '' })],
  ])('refuses %s', (_, layout) => {
    expect(vennLayoutSchema.safeParse(layout).success).toBe(false);
  });
});

describe('circlesFromLayout', () => {
  it('gives the shown circles only, in shown order, keyed by value id', () => {
    expect(circlesFromLayout(valid)).toEqual([
      { id: 'build', x: 450, y: 300, r: 150 },
      { id: 'teach', x: 300, y: 300, r: 150 },
    ]);
  });
});

describe('vennLayoutFromCircles', () => {
  it('round-trips the shown circles and remembers hidden values from the previous layout', () => {
    const circles = circlesFromLayout(valid).map((c) => ({ ...c, x: c.x + 10 }));
    const next = vennLayoutFromCircles(circles, 800, 600, { previous: valid, shown: ['build', 'teach'] });
    expect(circlesFromLayout(next)).toEqual(circles);
    expect(next.circles.find((c) => c.valueId === 'hidden')).toEqual({ valueId: 'hidden', x: 100, y: 100, r: 60 });
    expect(vennLayoutSchema.safeParse(next).success).toBe(true);
  });

  it('always produces a layout the schema accepts, whatever the editor hands it', () => {
    const circleArbitrary = fc.record({
      x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      y: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      r: fc.double({ min: 0, max: 1e4, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(circleArbitrary, { maxLength: 5 }),
        fc.integer({ min: 100, max: 4000 }),
        fc.integer({ min: 100, max: 4000 }),
        (specs, width, height) => {
          const circles = specs.map((spec, index) => ({ id: `v${index}`, ...spec }));
          const layout = vennLayoutFromCircles(circles, width, height);
          expect(vennLayoutSchema.safeParse(layout).success).toBe(true);
          expect(layout.shown).toEqual(circles.map((c) => c.id));
        },
      ),
    );
  });
});
