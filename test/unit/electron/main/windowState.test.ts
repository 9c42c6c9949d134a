// Remembered window bounds are reused only while they still land on a screen.
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, restoreBounds } from '../../../../electron/main/windowState';

const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }];

describe('restoreBounds', () => {
  it('keeps bounds that are on a display', () => {
    expect(restoreBounds({ x: 100, y: 80, width: 1000, height: 700 }, laptop)).toEqual({ x: 100, y: 80, width: 1000, height: 700 });
  });

  it('drops the position (keeps the size) when the display it was on is gone', () => {
    expect(restoreBounds({ x: 2500, y: 80, width: 1000, height: 700 }, laptop)).toEqual({ width: 1000, height: 700 });
  });

  it('falls back to defaults for missing or garbled state', () => {
    expect(restoreBounds(undefined, laptop)).toEqual(DEFAULT_BOUNDS);
    expect(restoreBounds({ x: 'a', y: 0, width: 10, height: 10 }, laptop)).toEqual(DEFAULT_BOUNDS);
    expect(restoreBounds({ x: 0, y: 0, width: 50, height: 50 }, laptop)).toEqual(DEFAULT_BOUNDS);
  });
});
