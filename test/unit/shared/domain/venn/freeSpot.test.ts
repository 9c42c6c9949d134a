// A new value lands in the biggest gap the arranged circles leave, never on top of one of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { circleInLargestFreeArea } from '../../../../../shared/domain/venn/freeSpot';
import { isCircleOnCanvas } from '../../../../support/vennOracles';

const canvas = { width: 720, height: 460 };

describe('circleInLargestFreeArea', () => {
  it('puts a new circle in the empty half of a diagram whose circles crowd the left', () => {
    const circles = [
      { id: 'a', x: 150, y: 160, r: 120 },
      { id: 'b', x: 200, y: 300, r: 120 },
    ];
    const placed = circleInLargestFreeArea('c', 100, circles, canvas);
    expect(placed.x).toBeGreaterThan(400);
    expect(placed.r).toBe(100);
    for (const other of circles) expect(Math.hypot(placed.x - other.x, placed.y - other.y)).toBeGreaterThanOrEqual(other.r + placed.r);
  });

  it('always gives a circle on the canvas, no larger than asked and at least half of it where the canvas allows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.double({ min: 0, max: 720, noNaN: true }), y: fc.double({ min: 0, max: 460, noNaN: true }), r: fc.double({ min: 24, max: 200, noNaN: true }) }), { maxLength: 11 }),
        fc.double({ min: 30, max: 150, noNaN: true }),
        (discs, radius) => {
          const circles = discs.map((disc, index) => ({ id: String(index), ...disc }));
          const placed = circleInLargestFreeArea('new', radius, circles, canvas);
          expect(isCircleOnCanvas(placed, canvas)).toBe(true);
          expect(placed.r).toBeGreaterThanOrEqual(Math.min(radius / 2, Math.min(placed.x, placed.y, 720 - placed.x, 460 - placed.y)) - 1e-9);
          expect(placed.r).toBeLessThanOrEqual(radius);
        },
      ),
    );
  });
});
