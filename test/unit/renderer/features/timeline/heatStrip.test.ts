// The values-lived strip as pixels: each lived week is a column in its value's colour, as opaque as it was busy, and nothing else is painted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellOpacity, hexRgb, stripPixels, visibleWeekRange } from '../../../../../renderer/features/timeline/heatStrip';
import { parseCalendarDate } from '../../../../../shared/domain/timeline/calendar';
import { valuesLivedStrip } from '../../../../../shared/domain/timeline/valuesLived';

const domain = [parseCalendarDate('2024-01-01'), parseCalendarDate('2024-02-04')] as const;
const strip = valuesLivedStrip(
  [
    { date: '2024-01-02', valueId: 'craft', count: 2 },
    { date: '2024-01-16', valueId: 'craft', count: 1 },
    { date: '2024-01-30', valueId: 'care', count: 3 },
  ],
  ['craft', 'care'],
  domain,
);

function pixel(pixels: ReturnType<typeof stripPixels>, x: number, y: number): number[] {
  const at = (y * pixels.width + x) * 4;
  return [...pixels.data.slice(at, at + 4)];
}

describe('stripPixels', () => {
  const pixels = stripPixels(strip, ['#3d6b4f', '#5b7fa8'], 14);

  it('has a column per week and a band of rows per value', () => {
    expect(pixels.width).toBe(5);
    expect(pixels.height).toBe(28);
  });

  it('paints a lived week in the value colour, solid for its busiest week and fainter for a quieter one', () => {
    expect(pixel(pixels, 0, 1)).toEqual([0x3d, 0x6b, 0x4f, 255]);
    expect(pixel(pixels, 2, 7)).toEqual([0x3d, 0x6b, 0x4f, Math.round(cellOpacity(0.5) * 255)]);
    expect(pixel(pixels, 4, 14 + 12)).toEqual([0x5b, 0x7f, 0xa8, 255]);
  });

  it('leaves weeks without reflections and the pixel above and below each band transparent', () => {
    expect(pixel(pixels, 1, 5)[3]).toBe(0);
    expect(pixel(pixels, 0, 0)[3]).toBe(0);
    expect(pixel(pixels, 0, 13)[3]).toBe(0);
    expect(pixel(pixels, 0, 14 + 5)[3]).toBe(0);
  });

  it('marks which weeks hold anything to draw', () => {
    expect([...pixels.lived]).toEqual([1, 0, 1, 0, 1]);
  });
});

describe('hexRgb', () => {
  it('reads #rrggbb in either case and falls back for anything else', () => {
    expect(hexRgb('#3D6b4f')).toEqual([61, 107, 79]);
    expect(hexRgb('teal', [1, 2, 3])).toEqual([1, 2, 3]);
  });
});

describe('visibleWeekRange', () => {
  const weeks = strip.weeks;

  it('finds the weeks holding any instant of the range', () => {
    expect(visibleWeekRange(weeks, parseCalendarDate('2024-01-10').getTime(), parseCalendarDate('2024-01-16').getTime())).toEqual([1, 3]);
    expect(visibleWeekRange(weeks, parseCalendarDate('2023-06-01').getTime(), parseCalendarDate('2023-07-01').getTime())).toEqual([0, 0]);
  });

  it('agrees with testing every week', () => {
    const time = fc.integer({ min: domain[0].getTime() - 10 * 86_400_000, max: domain[1].getTime() + 10 * 86_400_000 });
    fc.assert(
      fc.property(time, time, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const inside = weeks.flatMap((week, index) => (week.end.getTime() > from && week.start.getTime() <= to ? [index] : []));
        const [first, end] = visibleWeekRange(weeks, from, to);
        expect(Array.from({ length: end - first }, (_, offset) => first + offset)).toEqual(inside);
      }),
    );
  });
});
