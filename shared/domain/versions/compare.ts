// Comparing two strategy versions: aspiration word diff, value changes and Venn layout changes.
import { diffWords, diffWordsWithSpace, type ChangeObject } from 'diff';
import { AppError } from '../../errors';
import {
  LAYOUT_JITTER_PX,
  type LayoutCircle,
  type StrategyContent,
  type StrategyLayout,
  type StrategyValue,
  type StrategyVersionInput,
} from './types';

export type TextPartKind = 'same' | 'added' | 'removed';

export interface TextPart {
  readonly kind: TextPartKind;
  readonly text: string;
}

function toParts(changes: readonly ChangeObject<string>[]): TextPart[] {
  return changes
    .filter((change) => change.value !== '')
    .map((change) => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }));
}

/** The text a side of the diff reads: the older text drops added parts, the newer drops removed ones. */
export function reassemble(parts: readonly TextPart[], side: 'from' | 'to'): string {
  const skipped: TextPartKind = side === 'from' ? 'added' : 'removed';
  return parts
    .filter((part) => part.kind !== skipped)
    .map((part) => part.text)
    .join('');
}

/**
 * Word-level diff of two aspirations. diffWords gives the most readable result but keeps the newer
 * text's whitespace in unchanged runs; when that would misquote the older text, the diff is redone
 * with whitespace as tokens, so both texts can always be read back exactly from the parts.
 */
export function diffAspiration(from: string, to: string): TextPart[] {
  const byWords = toParts(diffWords(from, to));
  if (reassemble(byWords, 'from') === from && reassemble(byWords, 'to') === to) return byWords;
  return toParts(diffWordsWithSpace(from, to));
}

/** Collapses runs of whitespace and trims, so an edit that only reflows text is not a change. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function normaliseColour(colour: string): string {
  return colour.trim().toLowerCase();
}

export interface ValueFieldChange {
  readonly id: string;
  /** The value as it is in the newer version. */
  readonly value: StrategyValue;
  readonly from: string;
  readonly to: string;
}

export interface ValueChanges {
  readonly added: readonly StrategyValue[];
  readonly removed: readonly StrategyValue[];
  /** Same id, new label. */
  readonly renamed: readonly ValueFieldChange[];
  /** Same id, new description. */
  readonly redescribed: readonly ValueFieldChange[];
  readonly recoloured: readonly ValueFieldChange[];
}

/** Values matched by id; label and description changes that only touch whitespace are ignored. */
export function valueChanges(from: readonly StrategyValue[], to: readonly StrategyValue[]): ValueChanges {
  const before = new Map(from.map((value) => [value.id, value]));
  const afterIds = new Set(to.map((value) => value.id));
  const renamed: ValueFieldChange[] = [];
  const redescribed: ValueFieldChange[] = [];
  const recoloured: ValueFieldChange[] = [];
  for (const value of to) {
    const old = before.get(value.id);
    if (!old) continue;
    if (normaliseWhitespace(old.label) !== normaliseWhitespace(value.label)) {
      renamed.push({ id: value.id, value, from: old.label, to: value.label });
    }
    if (normaliseWhitespace(old.description) !== normaliseWhitespace(value.description)) {
      redescribed.push({ id: value.id, value, from: old.description, to: value.description });
    }
    if (normaliseColour(old.colour) !== normaliseColour(value.colour)) {
      recoloured.push({ id: value.id, value, from: old.colour, to: value.colour });
    }
  }
  return {
    added: to.filter((value) => !before.has(value.id)),
    removed: from.filter((value) => !afterIds.has(value.id)),
    renamed,
    redescribed,
    recoloured,
  };
}

export interface CircleChange {
  readonly valueId: string;
  readonly from: LayoutCircle;
  readonly to: LayoutCircle;
}

export interface LayoutChanges {
  readonly moved: readonly CircleChange[];
  readonly resized: readonly CircleChange[];
  /** Circles only the newer layout has. */
  readonly circlesAdded: readonly LayoutCircle[];
  /** Circles only the older layout has. */
  readonly circlesRemoved: readonly LayoutCircle[];
  /** Values drawn in the newer layout but not the older one. */
  readonly nowShown: readonly string[];
  /** Values drawn in the older layout but not the newer one. */
  readonly nowHidden: readonly string[];
}

/** Layout differences, ignoring moves and resizes smaller than `jitterPx`. */
export function layoutChanges(
  from: StrategyLayout,
  to: StrategyLayout,
  jitterPx: number = LAYOUT_JITTER_PX,
): LayoutChanges {
  const before = new Map(from.circles.map((circle) => [circle.valueId, circle]));
  const afterIds = new Set(to.circles.map((circle) => circle.valueId));
  const moved: CircleChange[] = [];
  const resized: CircleChange[] = [];
  for (const circle of to.circles) {
    const old = before.get(circle.valueId);
    if (!old) continue;
    const change = { valueId: circle.valueId, from: old, to: circle };
    if (Math.hypot(circle.x - old.x, circle.y - old.y) >= jitterPx) moved.push(change);
    if (Math.abs(circle.r - old.r) >= jitterPx) resized.push(change);
  }
  const shownBefore = new Set(from.shown);
  const shownAfter = new Set(to.shown);
  return {
    moved,
    resized,
    circlesAdded: to.circles.filter((circle) => !before.has(circle.valueId)),
    circlesRemoved: from.circles.filter((circle) => !afterIds.has(circle.valueId)),
    nowShown: [...shownAfter].filter((id) => !shownBefore.has(id)),
    nowHidden: [...shownBefore].filter((id) => !shownAfter.has(id)),
  };
}

export function isLayoutUnchanged(changes: LayoutChanges): boolean {
  const lists = [changes.moved, changes.resized, changes.circlesAdded, changes.circlesRemoved, changes.nowShown, changes.nowHidden];
  return lists.every((list) => list.length === 0);
}

export function areValuesUnchanged(changes: ValueChanges): boolean {
  const lists = [changes.added, changes.removed, changes.renamed, changes.redescribed, changes.recoloured];
  return lists.every((list) => list.length === 0);
}

export interface VersionComparison<V extends StrategyContent> {
  /** The older of the two. */
  readonly from: V;
  readonly to: V;
  readonly aspiration: readonly TextPart[];
  /** False when the aspirations differ only in whitespace. */
  readonly aspirationChanged: boolean;
  readonly values: ValueChanges;
  readonly layout: LayoutChanges;
  /** False when the two versions say the same thing. */
  readonly hasChanges: boolean;
}

/** Oldest first; versions saved in the same millisecond fall back to id order so the result is stable. */
export function byCreation<V extends StrategyVersionInput>(versions: readonly V[]): V[] {
  return [...versions].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Compares two versions in either order: the older one is always `from`. */
export function compareVersions<V extends StrategyVersionInput>(a: V, b: V): VersionComparison<V> {
  const [from, to] = byCreation([a, b]) as [V, V];
  const aspiration = diffAspiration(from.aspiration, to.aspiration);
  // The parts quote both texts exactly, but reflowing whitespace alone is not a change of mind.
  const aspirationChanged = normaliseWhitespace(from.aspiration) !== normaliseWhitespace(to.aspiration);
  const values = valueChanges(from.values, to.values);
  const layout = layoutChanges(from.layout, to.layout);
  return {
    from,
    to,
    aspiration,
    aspirationChanged,
    values,
    layout,
    hasChanges: aspirationChanged || !areValuesUnchanged(values) || !isLayoutUnchanged(layout),
  };
}

/** The pair shown when the compare view opens: the last two versions, or null with fewer than two. */
export function defaultComparisonPair<V extends StrategyVersionInput>(versions: readonly V[]): [from: V, to: V] | null {
  const ordered = byCreation(versions);
  const to = ordered.at(-1);
  const from = ordered.at(-2);
  return from && to ? [from, to] : null;
}

/** Any two versions picked by id, returned oldest first. */
export function comparisonPair<V extends StrategyVersionInput>(
  versions: readonly V[],
  firstId: string,
  secondId: string,
): [from: V, to: V] {
  const find = (id: string): V => {
    const version = versions.find((candidate) => candidate.id === id);
    if (!version) throw new AppError('NOT_FOUND', 'That strategy version no longer exists.');
    return version;
  };
  return byCreation([find(firstId), find(secondId)]) as [V, V];
}
