// A read-only Venn diagram of one strategy version: value circles in their colours, labels in their own regions.
import { useMemo } from 'react';
import type { LayoutCircle, StrategyValue } from '../../../shared/domain/versions/types';
import { placeValueLabels } from './vennLabels';

interface VersionVennProps {
  /** Circles in canvas coordinates: a saved layout's visible circles or a time-lapse frame. */
  circles: readonly LayoutCircle[];
  width: number;
  height: number;
  values: readonly StrategyValue[];
  /** Accessible name, e.g. "Venn diagram, version of 3 Mar 2025". */
  title: string;
  /** While circles are moving, labels would chase them; they appear once the diagram settles. */
  showLabels?: boolean;
}

const LINE_HEIGHT = 20;

export function VersionVenn({ circles, width, height, values, title, showLabels = true }: VersionVennProps) {
  const byId = useMemo(() => new Map(values.map((value) => [value.id, value])), [values]);
  const labels = useMemo(
    () => (showLabels ? placeValueLabels(circles, (id) => byId.get(id)?.label ?? 'Removed value') : []),
    [circles, byId, showLabels],
  );
  const description = circles.length === 0 ? 'No values drawn.' : `Values: ${circles.map((c) => byId.get(c.valueId)?.label ?? 'removed value').join(', ')}.`;

  return (
    <svg className="version-venn" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}. ${description}`}>
      {circles.map((circle) => {
        const colour = byId.get(circle.valueId)?.colour ?? '#8f8676';
        return (
          <circle
            key={circle.valueId}
            className="version-venn-circle"
            cx={circle.x}
            cy={circle.y}
            r={circle.r}
            fill={colour}
            stroke={colour}
          />
        );
      })}
      {labels.map((label) => (
        <text
          key={label.valueId}
          className="version-venn-label"
          x={label.x}
          y={label.y - ((label.lines.length - 1) * LINE_HEIGHT) / 2}
          textAnchor="middle"
          dominantBaseline="middle"
        >
          {label.lines.map((line, index) => (
            <tspan key={index} x={label.x} dy={index === 0 ? 0 : LINE_HEIGHT}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {circles.length === 0 && (
        <text className="version-venn-empty" x={width / 2} y={height / 2} textAnchor="middle">
          No values drawn
        </text>
      )}
    </svg>
  );
}
