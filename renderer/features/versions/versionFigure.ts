// A version's circles as the shared figure draws them: each with its value's name and colour, from whichever version knew it.
import type { LayoutCircle, StrategyValue } from '../../../shared/domain/versions/types';
import { type VennValueCircle } from '../../ui/venn/vennScene';

/** The value a circle stands for among `values` (the first that knows it); one no version knows any more is named as removed, in stone. */
export function valueOfCircle(valueId: string, values: readonly StrategyValue[]): StrategyValue {
  return values.find((value) => value.id === valueId) ?? { id: valueId, label: 'Removed value', description: '', colour: '#8f8676' };
}

export function versionFigureCircles(circles: readonly LayoutCircle[], values: readonly StrategyValue[]): VennValueCircle[] {
  return circles.map((circle) => {
    const value = valueOfCircle(circle.valueId, values);
    return { id: circle.valueId, x: circle.x, y: circle.y, r: circle.r, label: value.label, colour: value.colour };
  });
}
