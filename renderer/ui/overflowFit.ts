// Which of a toolbar's actions stay on the bar in the room it has: the rest go into its "More" menu, the first
// movable ones first (the primary action is kept), so the bar never wraps or runs out of the window.

export interface FitInput {
  /** Each action's natural width, in bar order. */
  widths: readonly number[];
  /** Actions that always stay on the bar (the primary one). */
  kept: readonly boolean[];
  gap: number;
  moreWidth: number;
  room: number;
}

/** The indexes of the actions that go into the menu (none when everything fits). */
export function overflowing({ widths, kept, gap, moreWidth, room }: FitInput): number[] {
  const total = (shown: readonly number[]) => shown.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, shown.length - 1);
  if (total(widths) <= room) return [];
  const moved: number[] = [];
  for (let index = 0; index < widths.length; index++) {
    if (kept[index]) continue;
    moved.push(index);
    const left = widths.filter((_, position) => !moved.includes(position));
    if (total(left) + gap + moreWidth <= room) break;
  }
  return moved;
}
