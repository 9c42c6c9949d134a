// Where a pop-up menu goes beside its button, in window coordinates: below it, right edges aligned, unless the window
// has no room there (then above it, or moved in from the side), so every choice stays on screen.

/** The space between the button and its menu, and the least margin kept from the window's edges. */
const MENU_GAP = 4;
const EDGE = 8;

interface Size {
  width: number;
  height: number;
}

export function menuPlace(anchor: { top: number; bottom: number; right: number }, menu: Size, viewport: Size): { top: number; left: number } {
  const below = viewport.height - anchor.bottom;
  const upward = menu.height + MENU_GAP + EDGE > below && anchor.top > below;
  const top = upward ? Math.max(EDGE, anchor.top - MENU_GAP - menu.height) : anchor.bottom + MENU_GAP;
  const left = Math.max(EDGE, Math.min(anchor.right - menu.width, viewport.width - menu.width - EDGE));
  return { top, left };
}
