// Keyboard moves and resizes keep every circle whole on the canvas and within its radius bounds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_CIRCLE_RADIUS, clampCircle, moveCircle, radiusLimits, resizeCircle } from '../../../../../shared/domain/venn/canvas';
import { isCircleOnCanvas } from '../../../../support/vennOracles';

const canvas = { width: 800, height: 600 };
const circleArbitrary = fc.record({
  id: fc.constant('A'),
  x: fc.double({ min: -1000, max: 2000, noNaN: true }),
  y: fc.double({ min: -1000, max: 2000, noNaN: true }),
  r: fc.double({ min: 0, max: 1000, noNaN: true }),
});
const deltaArbitrary = fc.double({ min: -5000, max: 5000, noNaN: true });

describe('moveCircle', () => {
  it('moves by exactly (dx, dy) when there is room', () => {
    expect(moveCircle({ id: 'A', x: 400, y: 300, r: 50 }, 10, -10, canvas)).toEqual({ id: 'A', x: 410, y: 290, r: 50 });
  });

  it('stops at the edge instead of leaving the canvas', () => {
    expect(moveCircle({ id: 'A', x: 760, y: 300, r: 50 }, 100, 0, canvas)).toEqual({ id: 'A', x: 750, y: 300, r: 50 });
    expect(moveCircle({ id: 'A', x: 60, y: 60, r: 50 }, -30, -30, canvas)).toEqual({ id: 'A', x: 50, y: 50, r: 50 });
  });

  it('never leaves the canvas, from any start, by any step', () => {
    fc.assert(
      fc.property(circleArbitrary, deltaArbitrary, deltaArbitrary, (circle, dx, dy) => {
        expect(isCircleOnCanvas(moveCircle(circle, dx, dy, canvas), canvas)).toBe(true);
      }),
    );
  });

  it('never leaves the canvas over a run of arrow-key presses', () => {
    const arrow = fc.constantFrom([10, 0], [-10, 0], [0, 10], [0, -10], [1, 0], [0, -1]);
    fc.assert(
      fc.property(circleArbitrary, fc.array(arrow, { maxLength: 200 }), (start, presses) => {
        let circle = clampCircle(start, canvas);
        for (const [dx, dy] of presses) {
          circle = moveCircle(circle, dx!, dy!, canvas);
          expect(isCircleOnCanvas(circle, canvas)).toBe(true);
        }
      }),
    );
  });
});

describe('resizeCircle', () => {
  it('grows and shrinks by the step, within the bounds', () => {
    const bounds = { minRadius: 30, maxRadius: 200 };
    expect(resizeCircle({ id: 'A', x: 400, y: 300, r: 100 }, 10, canvas, bounds).r).toBe(110);
    expect(resizeCircle({ id: 'A', x: 400, y: 300, r: 100 }, -10, canvas, bounds).r).toBe(90);
    expect(resizeCircle({ id: 'A', x: 400, y: 300, r: 195 }, 10, canvas, bounds).r).toBe(200);
    expect(resizeCircle({ id: 'A', x: 400, y: 300, r: 35 }, -10, canvas, bounds).r).toBe(30);
  });

  it('shifts the centre inwards when growing near an edge', () => {
    const grown = resizeCircle({ id: 'A', x: 750, y: 300, r: 50 }, 20, canvas);
    expect(grown).toEqual({ id: 'A', x: 730, y: 300, r: 70 });
  });

  it('never leaves the canvas and keeps the radius within the limits the canvas allows', () => {
    fc.assert(
      fc.property(circleArbitrary, deltaArbitrary, (circle, delta) => {
        const resized = resizeCircle(circle, delta, canvas);
        const limits = radiusLimits(canvas);
        expect(isCircleOnCanvas(resized, canvas)).toBe(true);
        expect(resized.r).toBeGreaterThanOrEqual(limits.minRadius);
        expect(resized.r).toBeLessThanOrEqual(limits.maxRadius);
      }),
    );
  });
});

describe('clampCircle', () => {
  it('caps the radius at half the shorter side so the circle can fit', () => {
    expect(clampCircle({ id: 'A', x: 0, y: 0, r: 900 }, canvas)).toEqual({ id: 'A', x: 300, y: 300, r: 300 });
  });

  it('raises a too-small radius to the minimum', () => {
    expect(clampCircle({ id: 'A', x: 400, y: 300, r: 1 }, canvas).r).toBe(MIN_CIRCLE_RADIUS);
  });

  it('recovers a circle with non-finite numbers into the middle of the canvas', () => {
    const recovered = clampCircle({ id: 'A', x: Number.NaN, y: Infinity, r: Number.NaN }, canvas);
    expect(recovered).toEqual({ id: 'A', x: 400, y: 300, r: MIN_CIRCLE_RADIUS });
  });
});
