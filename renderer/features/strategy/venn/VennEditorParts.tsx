// The editor's SVG pieces, memoized so that a drag re-renders only what moved: the dragged circle and the badges whose spot changed.
import { memo, type KeyboardEvent } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { type Circle } from '../../../../shared/domain/venn/circle';
import { placedAt, VennAspiration, VennBadgeShape, VennCircleShape, VennValueLabel } from '../../../ui/venn/VennParts';
import { labelBox } from '../../../ui/venn/labelPlacement';
import { ASPIRATION_MAX_LINES } from '../../../ui/venn/vennScene';
import { rovingTarget, tabStop } from './rovingFocus';
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
  /** Whether this circle holds the circles' one Tab stop. */
  tabbable: boolean;
  onKey: (event: KeyboardEvent<SVGGElement>, circle: Circle) => void;
  onFocus: (id: string) => void;
}

/** One movable circle; plain props, so a drag re-renders only the circle that moves. */
export const EditableCircle = memo(function EditableCircle({ id, x, y, r, label, colour, describedBy, tabbable, onKey, onFocus }: EditableCircleProps) {
  const { ring, handle } = circleFittings({ id, x, y, r });
  return (
    <g
      data-value-id={id}
      data-venn-circle
      className="venn-circle-group"
      tabIndex={tabbable ? 0 : -1}
      onFocus={() => onFocus(id)}
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
  /** Whether this badge holds the badges' one Tab stop. */
  tabbable: boolean;
  onSelect: (ids: string[]) => void;
  onFocus: (key: string) => void;
}

/**
 * A region's badge as a button that selects the region; drawn but not displayed while the region has no place. Arrow
 * keys go to the next or previous badge.
 */
function RegionTarget({ region, selected, tabbable, onSelect, onFocus }: RegionTargetProps) {
  return (
    <g
      data-region-key={region.key}
      className="venn-region-target"
      transform={region.at ? placedAt(region.at.x, region.at.y) : undefined}
      display={region.at ? undefined : 'none'}
      tabIndex={tabbable ? 0 : -1}
      role="button"
      aria-pressed={selected}
      aria-label={`${region.name}: ${evidenceWords(region.count)}`}
      onClick={() => onSelect([...region.ids])}
      onFocus={() => onFocus(region.key)}
      onKeyDown={(event) => {
        const next = event.altKey || event.ctrlKey || event.metaKey ? null : rovingTarget(event.currentTarget, '[data-region-key]', event.key);
        if (next) {
          event.preventDefault();
          next.focus();
          return;
        }
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
  before.tabbable === after.tabbable &&
  before.onSelect === after.onSelect &&
  before.onFocus === after.onFocus &&
  before.region.key === after.region.key &&
  before.region.name === after.region.name &&
  before.region.at?.x === after.region.at?.x &&
  before.region.at?.y === after.region.at?.y &&
  before.region.count === after.region.count;

const MemoRegionTarget = memo(RegionTarget, sameRegionTarget);

interface SceneProps {
  scene: SceneSlots;
  selectedKey: string | null;
  /** The badge last focused: it keeps the badges' Tab stop while it is shown. */
  activeRegion: string | null;
  onSelect: (ids: string[]) => void;
  onRegionFocus: (key: string) => void;
}

/** Value labels, the aspiration and the region badges. */
const EditorScene = memo(function EditorScene({ scene, selectedKey, activeRegion, onSelect, onRegionFocus }: SceneProps) {
  const stop = tabStop(
    scene.regions.filter((region) => region.at !== null),
    (region) => region.key,
    activeRegion,
  );
  return (
    <>
      {scene.labels.map(({ at, ...label }) => (
        <VennValueLabel key={label.id} label={{ ...label, x: at?.x ?? 0, y: at?.y ?? 0, box: at?.box ?? labelBox(label.lines, 0, 0), leader: at?.leader ?? null }} hidden={!at} leaderSlot />
      ))}
      {scene.aspiration && <VennAspiration aspiration={scene.aspiration} lineSlots={ASPIRATION_MAX_LINES} />}
      {scene.regions.map((region) => (
        <MemoRegionTarget
          key={region.key}
          region={region}
          selected={region.key === selectedKey}
          tabbable={region.key === stop}
          onSelect={onSelect}
          onFocus={onRegionFocus}
        />
      ))}
    </>
  );
});

/** The scene a drag is showing, when React renders it mid-drag; null otherwise. */
export interface DragScene {
  scene: SceneSlots | null;
}

/** The editor's scene, or the drag's while one shows: a drag re-renders only this, not the whole editor. */
export function LiveEditorScene({ drag, scene, ...rest }: SceneProps & { drag: StoreApi<DragScene> }) {
  const dragScene = useStore(drag, (state) => state.scene);
  return <EditorScene scene={dragScene ?? scene} {...rest} />;
}
