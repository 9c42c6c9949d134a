// Circle geometry: containment, where rims cross, and the closed-form lens area.
import { describe, expect, it } from 'vitest';
import { circleIntersectionPoints, circleRelation, distance, isPointInCircle } from '../../../../../shared/domain/venn/circle';
import { twoCircleOverlapArea } from '../../../../support/vennOracles';

const unitAt = (id: string, x: number, y: number, r = 1) => ({ id, x, y, r });

describe('isPointInCircle', () => {
  it('counts the centre and the rim as inside and anything beyond as outside', () => {
    const circle = unitAt('a', 10, 10, 5);
    expect(isPointInCircle({ x: 10, y: 10 }, circle)).toBe(true);
    expect(isPointInCircle({ x: 15, y: 10 }, circle)).toBe(true);
    expect(isPointInCircle({ x: 15.01, y: 10 }, circle)).toBe(false);
    expect(isPointInCircle({ x: 14, y: 14 }, circle)).toBe(false);
  });
});

describe('circleIntersectionPoints', () => {
  it('finds both crossings of two overlapping circles, each on both rims', () => {
    const a = unitAt('a', 0, 0, 5);
    const b = unitAt('b', 6, 0, 5);
    const points = circleIntersectionPoints(a, b);
    expect(points).toHaveLength(2);
    for (const point of points) {
      expect(distance(point, a)).toBeCloseTo(5, 9);
      expect(distance(point, b)).toBeCloseTo(5, 9);
      expect(point.x).toBeCloseTo(3, 9);
    }
    expect(points.map((p) => Math.abs(p.y))).toEqual([expect.closeTo(4, 9), expect.closeTo(4, 9)]);
  });

  it('finds the single point where circles touch', () => {
    const points = circleIntersectionPoints(unitAt('a', 0, 0, 2), unitAt('b', 3, 0, 1));
    expect(points).toEqual([{ x: expect.closeTo(2, 9), y: expect.closeTo(0, 9) }]);
  });

  it('finds nothing for circles that are apart, nested or identical', () => {
    expect(circleIntersectionPoints(unitAt('a', 0, 0), unitAt('b', 5, 0))).toEqual([]);
    expect(circleIntersectionPoints(unitAt('a', 0, 0, 5), unitAt('b', 1, 0, 1))).toEqual([]);
    expect(circleIntersectionPoints(unitAt('a', 0, 0), unitAt('b', 0, 0))).toEqual([]);
  });
});

describe('circleRelation', () => {
  it('takes circles a rounding error apart for one, and rims a rounding error from touching as touching', () => {
    expect(circleRelation(unitAt('a', 0, 0, 5), unitAt('b', 1e-9, 0, 5))).toBe('same');
    expect(circleRelation(unitAt('a', 0, 0, 5), unitAt('b', 1e-6, 0, 5))).toBe('crossing');
    expect(circleRelation(unitAt('a', 0, 0, 1), unitAt('b', 2 - 1e-12, 0, 1))).toBe('apart');
    expect(circleRelation(unitAt('a', 1e-12, 0, 1), unitAt('b', 0, 0, 2))).toBe('inside');
    expect(circleRelation(unitAt('a', 0, 0, 2), unitAt('b', 1 + 1e-12, 0, 1))).toBe('contains');
  });
});

describe('twoCircleOverlapArea', () => {
  it('is the smaller disc for a circle touching the inside of another, where acos is at its least accurate', () => {
    const inner = unitAt('b', -1e-10, -1e-6, 5.000001);
    expect(twoCircleOverlapArea(unitAt('a', 0, 0, 5), inner)).toBeCloseTo(25 * Math.PI, 12);
  });

  it('matches the textbook lens of two unit circles one radius apart (2π/3 − √3/2)', () => {
    expect(twoCircleOverlapArea(unitAt('a', 0, 0), unitAt('b', 1, 0))).toBeCloseTo((2 * Math.PI) / 3 - Math.sqrt(3) / 2, 12);
  });

  it('is the smaller disc when one circle is inside the other, and zero when apart', () => {
    expect(twoCircleOverlapArea(unitAt('a', 0, 0, 5), unitAt('b', 1, 1, 2))).toBeCloseTo(Math.PI * 4, 12);
    expect(twoCircleOverlapArea(unitAt('a', 0, 0), unitAt('b', 2.5, 0))).toBe(0);
  });
});
