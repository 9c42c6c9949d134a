// The editor's SVG pieces, memoized so that a drag re-renders only what moved: the dragged circle and the badges whose spot changed.
import { memo, type KeyboardEvent } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { type Circle } from '../../../../shared/domain/venn/circle';
import { placedAt, VennAspiration, VennBadgeShape, VennCircleShape, VennValueLabel } from '../../../ui/venn/VennParts';
import { labelBox } from '../../../ui/venn/labelPlacement';
import { ASPIRATION_MAX_LINES } from '../../../ui/venn/vennScene';
import { type RegionSlot, type SceneSlots } from './sceneSlots';

function evidenceWords(count: number): string {
  return count === 1 ? '1 reflection or experiment' : `${count} reflections or experiments`;
}

const HANDLE_ANGLE = Math.PI / 4;

/** Where a circle's focus ring and resize handle sit: the one source for React's render and a drag's live frames. */
export function circleFittings(circle: Circle) {
  return {
    ring: { cx: circle.x, cy: circle.y, r: circle.r + 5 },
    handle: { cx: circle.x + circle.r * Math.cos(HANDLE_ANGLE), cy: circle.y + circle.r * Math.sin(HANDLE_ANGLE) },
  };
}

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
  const { ring, handle } = circleFittings({ id, x, y, r });
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
      <circle className="venn-focus-ring" cx={ring.cx} cy={ring.cy} r={ring.r} data-export="omit" />
      <circle className="venn-resize-handle" cx={handle.cx} cy={handle.cy} r={7} data-export="omit">
        <title>Drag to resize {label}</title>
      </circle>
    </g>
  );
});

interface RegionTargetProps {
  region: RegionSlot;
  selected: boolean;
  onSelect: (ids: string[]) => void;
}

/** A region's badge as a button that selects the region; drawn but not displayed while the region has no place. */
function RegionTarget({ region, selected, onSelect }: RegionTargetProps) {
  return (
    <g
      data-region-key={region.key}
      className="venn-region-target"
      transform={region.at ? placedAt(region.at.x, region.at.y) : undefined}
      display={region.at ? undefined : 'none'}
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
      <VennBadgeShape count={region.count} selected={selected} />
      <rect className="venn-region-hit" x={-16} y={-12} width={32} height={24} rx={12} data-export="omit" />
    </g>
  );
}

/**
 * Slots are rebuilt on every move of a drag, but most regions keep their spot: those are not rendered again. The key
 * and name pin the region's ids (the name lists them in order).
 */
const sameRegionTarget = (before: RegionTargetProps, after: RegionTargetProps) =>
  before.selected === after.selected &&
  before.onSelect === after.onSelect &&
  before.region.key === after.region.key &&
  before.region.name === after.region.name &&
  before.region.at?.x === after.region.at?.x &&
  before.region.at?.y === after.region.at?.y &&
  before.region.count === after.region.count;

const MemoRegionTarget = memo(RegionTarget, sameRegionTarget);

/** Value labels, the aspiration and the region badges. */
export const EditorScene = memo(function EditorScene({ scene, selectedKey, onSelect }: { scene: SceneSlots; selectedKey: string | null; onSelect: (ids: string[]) => void }) {
  return (
    <>
      {scene.labels.map(({ at, ...label }) => (
        <VennValueLabel key={label.id} label={{ ...label, x: at?.x ?? 0, y: at?.y ?? 0, box: at?.box ?? labelBox(label.lines, 0, 0), leader: at?.leader ?? null }} hidden={!at} />
      ))}
      {scene.aspiration && <VennAspiration aspiration={scene.aspiration} lineSlots={ASPIRATION_MAX_LINES} />}
      {scene.regions.map((region) => (
        <MemoRegionTarget key={region.key} region={region} selected={region.key === selectedKey} onSelect={onSelect} />
      ))}
    </>
  );
});

/** The scene a drag is showing, when React renders it mid-drag; null otherwise. */
export interface DragScene {
  scene: SceneSlots | null;
}

/** The editor's scene, or the drag's while one shows: a drag re-renders only this, not the whole editor. */
export function LiveEditorScene({ drag, scene, selectedKey, onSelect }: { drag: StoreApi<DragScene>; scene: SceneSlots; selectedKey: string | null; onSelect: (ids: string[]) => void }) {
  const dragScene = useStore(drag, (state) => state.scene);
  return <EditorScene scene={dragScene ?? scene} selectedKey={selectedKey} onSelect={onSelect} />;
}
