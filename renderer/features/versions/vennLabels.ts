// Where a read-only Venn diagram puts each value's label (inside its own region) and how long labels wrap.
import { type Circle } from '../../../shared/domain/venn/circle';
import { placeRegionLabel } from '../../../shared/domain/venn/labels';
import type { LayoutCircle } from '../../../shared/domain/versions/types';

export interface PlacedValueLabel {
  readonly valueId: string;
  readonly x: number;
  readonly y: number;
  readonly lines: readonly string[];
}

/** Splits a label into lines of about `width` characters, breaking between words only. */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of label.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else if (word !== '') lines.push(word);
  }
  return lines;
}

/**
 * Each value's label sits at the deepest point of the part of its circle no other circle covers; a
 * circle wholly covered by others keeps its label at its centre rather than losing it.
 */
export function placeValueLabels(
  circles: readonly LayoutCircle[],
  labelOf: (valueId: string) => string,
  wrapWidth = 14,
): PlacedValueLabel[] {
  const geometry: Circle[] = circles.map((circle) => ({ id: circle.valueId, x: circle.x, y: circle.y, r: circle.r }));
  return circles.map((circle) => {
    const spot = placeRegionLabel(geometry, [circle.valueId]);
    return {
      valueId: circle.valueId,
      x: spot?.x ?? circle.x,
      y: spot?.y ?? circle.y,
      lines: wrapLabel(labelOf(circle.valueId), wrapWidth),
    };
  });
}
