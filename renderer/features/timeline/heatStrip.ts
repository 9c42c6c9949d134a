// The values-lived strip as pixels, DOM-free: one column per week and a band per value, so a frame copies image columns instead of filling a rectangle per cell.
import type { TimeBin } from '../../../shared/domain/timeline/bucketing';
import type { ValuesLivedStrip } from '../../../shared/domain/timeline/valuesLived';

export interface StripPixels {
  /** One column per week of the strip. */
  readonly width: number;
  /** `rowHeight` rows of pixels per value. */
  readonly height: number;
  /** RGBA, not premultiplied, as ImageData takes it. */
  readonly data: Uint8ClampedArray;
  /** Per week, whether any value was lived in it: empty weeks need no drawing. */
  readonly lived: Uint8Array;
}

/** Opacity of a lived week: faint for a value's quietest week, solid for its busiest. */
export function cellOpacity(intensity: number): number {
  return 0.2 + 0.8 * intensity;
}

/** A #rrggbb colour as numbers; anything else gives the fallback. */
export function hexRgb(colour: string, fallback: readonly [number, number, number] = [136, 136, 136]): readonly [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!match) return fallback;
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/**
 * Pixels for the strip. Week w is column w. Value row r covers pixel rows r·rowHeight + 1 to r·rowHeight + rowHeight − 2,
 * leaving one transparent pixel above and below, as the cells have always been drawn; weeks without reflections for a
 * value are transparent, so the row's background shows through.
 */
export function stripPixels(strip: ValuesLivedStrip, colours: readonly string[], rowHeight: number): StripPixels {
  const width = strip.weeks.length;
  const height = strip.rows.length * rowHeight;
  const data = new Uint8ClampedArray(width * height * 4);
  const lived = new Uint8Array(width);
  strip.rows.forEach((row, index) => {
    const [r, g, b] = hexRgb(colours[index] ?? '');
    row.cells.forEach((cell, week) => {
      if (cell.count === 0) return;
      lived[week] = 1;
      const alpha = Math.round(cellOpacity(cell.intensity) * 255);
      for (let y = index * rowHeight + 1; y < (index + 1) * rowHeight - 1; y += 1) {
        const at = (y * width + week) * 4;
        data[at] = r;
        data[at + 1] = g;
        data[at + 2] = b;
        data[at + 3] = alpha;
      }
    });
  });
  return { width, height, data, lived };
}

/** The weeks [first, end) that hold any instant from `from` to `to` (ms), by binary search over weeks in time order. */
export function visibleWeekRange(weeks: readonly TimeBin[], from: number, to: number): readonly [number, number] {
  const firstWhere = (test: (week: TimeBin) => boolean) => {
    let lo = 0;
    let hi = weeks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(weeks[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const first = firstWhere((week) => week.end.getTime() > from);
  const end = firstWhere((week) => week.start.getTime() > to);
  return [first, Math.max(first, end)];
}
