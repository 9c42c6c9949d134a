// Keyboard order for the timeline: every item in one flat sequence (by time, then lane) with next/previous/first/last.
import { type ReflectionMark } from './bucketing';
import { type ExperimentLanes, type ExperimentSpanInput, type VersionMarker, type VersionPointInput } from './lanes';

export type NavigableKind = 'version' | 'experiment' | 'reflections';

export interface NavigableItem {
  /** Unique across the timeline, e.g. "experiment:<id>"; use it as the focus key. */
  readonly key: string;
  readonly kind: NavigableKind;
  /** The version or experiment id, or the bin's first day for reflections. */
  readonly id: string;
  readonly at: Date;
  /** Vertical track, 0 at the top: versions, then experiment lanes, then reflections. */
  readonly lane: number;
}

export type NavigationCommand = 'next' | 'previous' | 'first' | 'last';

export interface TimelineTracks<E extends ExperimentSpanInput, V extends VersionPointInput> {
  readonly versions: readonly VersionMarker<V>[];
  readonly experiments: ExperimentLanes<E>;
  readonly reflections: readonly ReflectionMark[];
}

/** Every drawn item as a navigable item, with lanes numbered from the top of the timeline. */
export function timelineNavigationItems<E extends ExperimentSpanInput, V extends VersionPointInput>(
  tracks: TimelineTracks<E, V>,
): NavigableItem[] {
  const reflectionLane = 1 + tracks.experiments.rowCount;
  return [
    ...tracks.versions.map((marker) => ({
      key: `version:${marker.version.id}`,
      kind: 'version' as const,
      id: marker.version.id,
      at: marker.at,
      lane: 0,
    })),
    ...tracks.experiments.placed.map((placed) => ({
      key: `experiment:${placed.experiment.id}`,
      kind: 'experiment' as const,
      id: placed.experiment.id,
      at: placed.start,
      lane: 1 + placed.row,
    })),
    ...tracks.reflections.map((mark) => ({
      key: `reflections:${mark.bin.firstDay}`,
      kind: 'reflections' as const,
      id: mark.bin.firstDay,
      at: mark.bin.start,
      lane: reflectionLane,
    })),
  ];
}

/**
 * The keys in reading order: earlier first; at the same moment, the upper lane first; then by key,
 * so the order never depends on how the items were gathered. A repeated key keeps its first place.
 */
export function navigationOrder(items: readonly NavigableItem[]): string[] {
  const sorted = [...items].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || a.lane - b.lane || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return [...new Set(sorted.map((item) => item.key))];
}

/**
 * The key to focus after a command. Moving past either end stays put, so holding an arrow key
 * cannot wrap around unexpectedly. With no (or an unknown) current key, next/first land on the
 * first item and previous/last on the last. Null only when there is nothing to focus.
 */
export function navigate(order: readonly string[], current: string | null, command: NavigationCommand): string | null {
  if (order.length === 0) return null;
  const lastIndex = order.length - 1;
  const index = current === null ? -1 : order.indexOf(current);
  switch (command) {
    case 'first':
      return order[0] ?? null;
    case 'last':
      return order[lastIndex] ?? null;
    case 'next':
      return order[index === -1 ? 0 : Math.min(index + 1, lastIndex)] ?? null;
    case 'previous':
      return order[index === -1 ? lastIndex : Math.max(index - 1, 0)] ?? null;
  }
}

const commandsByKey: Readonly<Record<string, NavigationCommand>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
};

/** The command for a KeyboardEvent.key value, or null for keys the timeline leaves alone. */
export function commandForKey(key: string): NavigationCommand | null {
  return commandsByKey[key] ?? null;
}
