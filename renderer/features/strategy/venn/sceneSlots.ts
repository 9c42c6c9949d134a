// The editor's scene as fixed slots, one per value label and one per combination of shown values with evidence, placed
// or not: a drag then only moves, shows and hides what is already drawn.
import { countFor } from '../../../../shared/domain/evidence';
import { joinNames } from '../../../../shared/domain/venn/describe';
import { type RegionCount } from '../../../../shared/domain/venn/evidenceLayout';
import { regionKey } from '../../../../shared/domain/venn/regions';
import type { Point } from '../../../../shared/domain/venn/circle';
import { type Box, labelLines } from '../../../ui/venn/labelPlacement';
import type { SceneAspiration, VennScene } from '../../../ui/venn/vennScene';

export interface Placed {
  readonly x: number;
  readonly y: number;
}

/** A label's place: its box, and where its leader meets the rim when it sits outside its circle. */
export interface LabelPlace extends Placed {
  readonly box: Box;
  readonly leader: Point | null;
}

export interface LabelSlot {
  readonly id: string;
  readonly label: string;
  readonly lines: readonly string[];
  readonly colour: string;
  /** Null only before the scene has placed it: every shown value's label has a place. */
  readonly at: LabelPlace | null;
}

export interface RegionSlot {
  readonly key: string;
  readonly ids: readonly string[];
  /** "Teaching and Building". */
  readonly name: string;
  readonly count: number;
  /** Null while the combination has no region or no evidence. */
  readonly at: Placed | null;
}

export interface SceneSlots {
  readonly labels: readonly LabelSlot[];
  readonly regions: readonly RegionSlot[];
  readonly aspiration: SceneAspiration | null;
}

export interface SlotValue {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
}

/**
 * Every slot, unplaced: one label per value, and one region per combination with evidence (in `regionAreas` order).
 * Only those ever get a badge, and twelve values have 4,095 combinations: a slot for each would be drawn on every frame.
 */
export function emptySlots(values: readonly SlotValue[], counts: readonly RegionCount[]): SceneSlots {
  const regions: RegionSlot[] = [];
  const index = new Map(values.map((value, position) => [value.id, position]));
  const masks = new Set<number>();
  for (const entry of counts) {
    if (entry.count <= 0 || entry.ids.length === 0 || !entry.ids.every((id) => index.has(id))) continue;
    masks.add(entry.ids.reduce((mask, id) => mask | (1 << (index.get(id) as number)), 0));
  }
  for (const mask of [...masks].sort((a, b) => a - b)) {
    const members = values.filter((_, position) => (mask & (1 << position)) !== 0);
    const ids = members.map((value) => value.id);
    const count = countFor(counts, ids);
    if (count > 0) regions.push({ key: regionKey(ids), ids, name: joinNames(members.map((value) => value.label)), count, at: null });
  }
  return { labels: values.map((value) => ({ ...value, lines: labelLines(value.label), at: null })), regions, aspiration: null };
}

/** The slots placed where a scene puts its labels and badges; anything the scene leaves out stays unplaced. */
export function placeSlots(empty: SceneSlots, scene: VennScene): SceneSlots {
  const labelAt = new Map(scene.valueLabels.map((label) => [label.id, { x: label.x, y: label.y, box: label.box, leader: label.leader }]));
  const regionAt = new Map(scene.regions.map((region) => [region.key, { x: region.x, y: region.y }]));
  return {
    labels: empty.labels.map((slot) => ({ ...slot, at: labelAt.get(slot.id) ?? null })),
    regions: empty.regions.map((slot) => ({ ...slot, at: regionAt.get(slot.key) ?? null })),
    aspiration: scene.aspiration,
  };
}
