// Screen-reader descriptions: each circle's overlaps in words, and whether all values meet.
import { describe, expect, it } from 'vitest';
import { type Circle } from '../../../../../shared/domain/venn/circle';
import {
  describeCommonRegion,
  describeOverlaps,
  joinNames,
  relationBetween,
} from '../../../../../shared/domain/venn/describe';

const circle = (id: string, x: number, y: number, r: number): Circle => ({ id, x, y, r });
const labels: Record<string, string> = {
  t: 'Teaching',
  b: 'Building',
  c: 'Connecting people',
  s: 'Simplifying',
};
const labelOf = (id: string) => labels[id] ?? '';

describe('describeOverlaps', () => {
  it('says what each circle overlaps and what it does not', () => {
    const circles = [circle('t', 100, 100, 50), circle('b', 150, 100, 50), circle('c', 100, 150, 50), circle('s', 400, 400, 50)];
    const texts = describeOverlaps(circles, labelOf);
    expect(texts[0]).toEqual({ id: 't', text: 'Teaching overlaps Building and Connecting people; does not overlap Simplifying.' });
    expect(texts[3]?.text).toBe('Simplifying does not overlap Teaching, Building and Connecting people.');
  });

  it('tells containment apart from overlap, in both directions', () => {
    const circles = [circle('t', 100, 100, 80), circle('b', 110, 100, 20), circle('c', 190, 100, 30)];
    const [teaching, building] = describeOverlaps(circles, labelOf);
    expect(teaching?.text).toBe('Teaching overlaps Connecting people; wholly contains Building.');
    expect(building?.text).toBe('Building lies wholly inside Teaching; does not overlap Connecting people.');
  });

  it('treats circles that only touch as not overlapping, and names identical ones', () => {
    expect(relationBetween(circle('a', 0, 0, 1), circle('b', 2, 0, 1))).toBe('apart');
    const [first] = describeOverlaps([circle('t', 0, 0, 5), circle('b', 0, 0, 5)], labelOf);
    expect(first?.text).toBe('Teaching covers exactly the same area as Building.');
  });

  it('speaks of a lone circle, and falls back to the id for an unnamed value', () => {
    expect(describeOverlaps([circle('x', 0, 0, 5)], labelOf)).toEqual([{ id: 'x', text: 'x is the only value shown.' }]);
  });
});

describe('describeCommonRegion', () => {
  it('says whether all values meet', () => {
    const meeting = [circle('t', 100, 100, 60), circle('b', 150, 100, 60), circle('c', 125, 140, 60)];
    expect(describeCommonRegion(meeting)).toBe('All three values meet in a shared region, where the aspiration sits.');
    const apart = [circle('t', 0, 0, 10), circle('b', 100, 0, 10)];
    expect(describeCommonRegion(apart)).toBe('The two values do not meet, so the aspiration sits beside the diagram.');
    const pairsOnly = [circle('t', 0, 0, 60), circle('b', 100, 0, 60), circle('c', 200, 0, 60)];
    expect(describeCommonRegion(pairsOnly)).toBe(
      'The three values do not all meet in one place, so the aspiration sits beside the diagram.',
    );
    expect(describeCommonRegion([circle('t', 0, 0, 10)])).toBe('Only one value is shown.');
    expect(describeCommonRegion([])).toBe('No values are shown.');
  });
});

describe('joinNames', () => {
  it('joins names the way a sentence would', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B'])).toBe('A and B');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
