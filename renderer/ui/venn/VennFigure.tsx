// The one read-only Venn figure (values, optional aspiration and evidence counts): Compare, the time-lapse and the brief.
import { useMemo } from 'react';
import { type RegionCount } from '../../../shared/domain/venn/evidenceLayout';
import { describeCommonRegion, describeOverlaps } from '../../../shared/domain/venn/describe';
import { VennAspiration, VennCircleShape, VennRegionBadge, VennValueLabel } from './VennParts';
import { buildVennScene, sceneFrame, type VennValueCircle } from './vennScene';
import './venn.css';

export interface VennFigureProps {
  circles: readonly VennValueCircle[];
  /** The canvas the circles were laid out on (a stored layout's width and height). */
  width: number;
  height: number;
  aspiration?: string;
  /** Show the aspiration in full (exports), below the diagram where it would be cut inside it. */
  wholeAspiration?: boolean;
  counts?: readonly RegionCount[];
  /** The figure's accessible name, e.g. "Strategy on 3 March 2026". */
  title: string;
  className?: string;
}

export function VennFigure({ circles, width, height, aspiration, wholeAspiration, counts, title, className }: VennFigureProps) {
  const scene = useMemo(
    () => buildVennScene(circles, { width, height, counts, aspiration, wholeAspiration }),
    [circles, width, height, counts, aspiration, wholeAspiration],
  );
  const frame = useMemo(() => sceneFrame(circles, scene, width, height), [circles, scene, width, height]);
  const description = useMemo(() => {
    const labelOf = (id: string) => circles.find((circle) => circle.id === id)?.label ?? '';
    const overlaps = describeOverlaps(circles, labelOf).map((entry) => entry.text);
    const words = aspiration?.trim() ? [`Aspiration: ${aspiration.trim()}.`] : [];
    const values = circles.length > 0 ? [`Values: ${circles.map((circle) => circle.label).join(', ')}.`] : [];
    return [...values, ...overlaps, describeCommonRegion(circles), ...words].join(' ');
  }, [circles, aspiration]);

  return (
    <svg
      className={`venn-figure${className ? ` ${className}` : ''}`}
      viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
      role="img"
      aria-label={`${title}. ${description}`}
    >
      <g className="venn-circles">
        {circles.map((circle) => (
          <VennCircleShape key={circle.id} circle={circle} />
        ))}
      </g>
      {scene.valueLabels.map((label) => (
        <VennValueLabel key={label.id} label={label} />
      ))}
      {scene.regions.map((region) => (
        <VennRegionBadge key={region.key} region={region} />
      ))}
      {scene.aspiration && <VennAspiration aspiration={scene.aspiration} />}
      {circles.length === 0 && (
        <text className="venn-figure-empty" x={width / 2} y={height / 2} textAnchor="middle">
          No values drawn
        </text>
      )}
    </svg>
  );
}
