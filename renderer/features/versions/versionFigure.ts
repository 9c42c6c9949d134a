// A version's circles as the shared figure draws them: each with its value's name and colour, from whichever version knew it.
import type { LayoutCircle, StrategyValue } from '../../../shared/domain/versions/types';
import { type VennValueCircle } from '../../ui/venn/vennScene';

/** A circle whose value no version knows any more is still drawn, in stone, and named as removed. */
export function versionFigureCircles(circles: readonly LayoutCircle[], values: readonly StrategyValue[]): VennValueCircle[] {
  const byId = new Map(values.map((value) => [value.id, value]));
  return circles.map((circle) => {
    const value = byId.get(circle.valueId);
    return { id: circle.valueId, x: circle.x, y: circle.y, r: circle.r, label: value?.label ?? 'Removed value', colour: value?.colour ?? '#8f8676' };
  });
}
