// A pop-up menu stays inside the window: under its button when there is room, above it near the foot, never past a side.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { menuPlace } from '../../../../renderer/ui/menuPlace';

const window = { width: 800, height: 600 };
const menu = { width: 140, height: 110 };

describe('menuPlace', () => {
  it('opens under the button with right edges aligned when there is room', () => {
    expect(menuPlace({ top: 100, bottom: 130, right: 400 }, menu, window)).toEqual({ top: 134, left: 260 });
  });

  it('opens above a button near the foot of the window', () => {
    expect(menuPlace({ top: 500, bottom: 530, right: 400 }, menu, window)).toEqual({ top: 386, left: 260 });
  });

  it('moves in from the left edge rather than run past it', () => {
    expect(menuPlace({ top: 100, bottom: 130, right: 60 }, menu, window).left).toBe(8);
  });

  it('keeps the whole menu on screen wherever the button is, for a menu that fits the window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 570 }), fc.integer({ min: 40, max: 800 }), (top, right) => {
        const place = menuPlace({ top, bottom: top + 30, right }, menu, window);
        expect(place.left).toBeGreaterThanOrEqual(0);
        expect(place.left + menu.width).toBeLessThanOrEqual(window.width);
        expect(place.top).toBeGreaterThanOrEqual(0);
        expect(place.top + menu.height).toBeLessThanOrEqual(window.height);
      }),
    );
  });
});
