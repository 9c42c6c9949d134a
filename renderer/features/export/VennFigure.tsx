// A small read-only Venn diagram for the brief: the values' circles, their labels, and the aspiration where they meet.
import type { BriefFigure } from './briefFigure';

interface VennFigureProps {
  figure: BriefFigure;
  aspiration: string;
}

export function VennFigure({ figure, aspiration }: VennFigureProps) {
  const labels = figure.circles.map((circle) => circle.label).filter(Boolean);
  return (
    <svg
      className="brief-venn"
      viewBox={`0 0 ${figure.width} ${figure.height}`}
      role="img"
      aria-label={`Venn diagram of ${labels.length} values: ${labels.join(', ')}`}
    >
      {figure.circles.map((circle) => (
        <circle key={circle.id} cx={circle.x} cy={circle.y} r={circle.r} fill={circle.colour} fillOpacity={0.22} stroke={circle.colour} strokeWidth={2} />
      ))}
      {figure.circles.map((circle) => (
        <text key={`${circle.id}-label`} x={circle.labelX} y={circle.labelY} className="brief-venn-label" textAnchor="middle" dominantBaseline="middle">
          {circle.labelLines.map((line, index) => (
            <tspan key={index} x={circle.labelX} dy={index === 0 ? `${-(circle.labelLines.length - 1) * 0.6}em` : '1.2em'}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {figure.centre && aspiration.trim() && (
        <g>
          <circle cx={figure.centre.x} cy={figure.centre.y} r={7} className="brief-venn-centre" />
        </g>
      )}
    </svg>
  );
}
