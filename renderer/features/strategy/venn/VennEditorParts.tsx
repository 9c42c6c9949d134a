// The editor's SVG pieces, memoized so that a drag re-renders only what moved: the dragged circle and the badges whose spot changed.
import { memo, type KeyboardEvent } from 'react';
import { type Circle } from '../../../../shared/domain/venn/circle';
import { placedAt, VennAspiration, VennBadgeShape, VennCircleShape, VennValueLabel } from '../../../ui/venn/VennParts';
import { type SceneRegion, type VennScene } from '../../../ui/venn/vennScene';

function evidenceWords(count: number | null): string {
  if (count === null) return '';
  return count === 1 ? '1 reflection or experiment' : `${count} reflections or experiments`;
}

const HANDLE_ANGLE = Math.PI / 4;

interface EditableCircleProps {
  id: string;
  x: number;
  y: number;
  r: number;
  label: string;
  colour: string;
  describedBy: string;
  onKey: (event: KeyboardEvent<SVGGElement>, circle: Circle) => void;
}

/** One movable circle; plain props, so a drag re-renders only the circle that moves. */
export const EditableCircle = memo(function EditableCircle({ id, x, y, r, label, colour, describedBy, onKey }: EditableCircleProps) {
  return (
    <g
      data-value-id={id}
      data-venn-circle
      className="venn-circle-group"
      tabIndex={0}
      role="button"
      aria-roledescription="movable circle"
      aria-label={label}
      aria-describedby={describedBy}
      onKeyDown={(event) => onKey(event, { id, x, y, r })}
    >
      <VennCircleShape circle={{ id, x, y, r, label, colour }} />
      <circle className="venn-focus-ring" cx={x} cy={y} r={r + 5} data-export="omit" />
      <circle className="venn-resize-handle" cx={x + r * Math.cos(HANDLE_ANGLE)} cy={y + r * Math.sin(HANDLE_ANGLE)} r={7} data-export="omit">
        <title>Drag to resize {label}</title>
      </circle>
    </g>
  );
});

interface RegionTargetProps {
  region: SceneRegion;
  selected: boolean;
  onSelect: (ids: string[]) => void;
}

/** A region's badge as a button that selects the region. */
function RegionTarget({ region, selected, onSelect }: RegionTargetProps) {
  return (
    <g
      data-region-key={region.key}
      className="venn-region-target"
      transform={placedAt(region.x, region.y)}
      tabIndex={0}
      role="button"
      aria-pressed={selected}
      aria-label={`${region.name}: ${evidenceWords(region.count)}`}
      onClick={() => onSelect([...region.ids])}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onSelect([...region.ids]);
      }}
    >
      {region.count !== null && <VennBadgeShape count={region.count} selected={selected} />}
      <rect className="venn-region-hit" x={-16} y={-12} width={32} height={24} rx={12} data-export="omit" />
    </g>
  );
}

/**
 * Scenes are rebuilt on every move of a drag, but most regions keep their spot: those are not rendered again. The key
 * and name pin the region's ids (the name lists them in order).
 */
const sameRegionTarget = (before: RegionTargetProps, after: RegionTargetProps) =>
  before.selected === after.selected &&
  before.onSelect === after.onSelect &&
  before.region.key === after.region.key &&
  before.region.name === after.region.name &&
  before.region.x === after.region.x &&
  before.region.y === after.region.y &&
  before.region.count === after.region.count;

const MemoRegionTarget = memo(RegionTarget, sameRegionTarget);

/** Value labels, the aspiration and the region badges. */
export const EditorScene = memo(function EditorScene({ scene, selectedKey, onSelect }: { scene: VennScene; selectedKey: string | null; onSelect: (ids: string[]) => void }) {
  return (
    <>
      {scene.valueLabels.map((label) => (
        <VennValueLabel key={label.id} label={label} />
      ))}
      {scene.aspiration && <VennAspiration aspiration={scene.aspiration} />}
      {scene.regions.map((region) => (
        <MemoRegionTarget key={region.key} region={region} selected={region.key === selectedKey} onSelect={onSelect} />
      ))}
    </>
  );
});
