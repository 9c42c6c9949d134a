// The timeline's scene, DOM-free: data prepared once per load, then per zoom level the visible marks with pixel boxes.
import { shortened } from '../../../shared/domain/text';
import { addDays, addMonths, subMonths } from 'date-fns';
import {
  binWindow,
  chooseBucket,
  reflectionMarks,
  visibleBins,
  windowCovers,
  type BinWindow,
  type ReflectionMark,
} from '../../../shared/domain/timeline/bucketing';
import { parseCalendarDate, toCalendarDate, type BucketSize, type TimeDomain } from '../../../shared/domain/timeline/calendar';
import {
  layoutVersionMarkers,
  packExperimentLanes,
  todayMarker,
  type ExperimentLanes,
  type TodayMarker,
  type VersionMarker,
} from '../../../shared/domain/timeline/lanes';
import { timelineNavigationItems, navigationOrder, type NavigableKind } from '../../../shared/domain/timeline/navigation';
import { valuesLivedStrip, type ValuesLivedStrip } from '../../../shared/domain/timeline/valuesLived';
import type { TimelineSummary } from '../../../shared/domain/timelineSummary';

export type SummaryExperiment = TimelineSummary['experiments'][number];
export type SummaryVersion = TimelineSummary['versions'][number];

export interface TimelineValue {
  readonly id: string;
  readonly label: string;
  readonly colour: string;
}

/** Everything that does not change with zoom: computed once when the data arrives. */
export interface PreparedTimeline {
  /** What this was prepared from, so the painter worker can prepare the same timeline. */
  readonly summary: TimelineSummary;
  readonly now: Date;
  /** The whole span worth showing: first to last item, a little padding, always including today. */
  readonly extent: TimeDomain;
  readonly lanes: ExperimentLanes<SummaryExperiment>;
  readonly placedById: ReadonlyMap<string, ExperimentLanes<SummaryExperiment>['placed'][number]>;
  readonly versions: readonly SummaryVersion[];
  readonly values: readonly TimelineValue[];
  /** Weekly heat for the whole extent, each value scaled to its busiest week ever, so colours hold while panning. */
  readonly strip: ValuesLivedStrip;
  readonly reflectionDays: TimelineSummary['reflectionDays'];
  readonly reflectionTotal: number;
  /** Reflection counts per bucket around the last range shown at that bucket; replaced when a pan leaves it. */
  readonly binWindows: Map<BucketSize, BinWindow>;
}

/** The values the strip shows: every current value, and archived ones only where they were lived. */
export function valuesOnTimeline<V extends TimelineValue & { readonly archivedAt: string | null }>(summary: TimelineSummary, values: readonly V[]): V[] {
  const lived = new Set(summary.valueWeeks.map((row) => row.valueId));
  return values.filter((value) => value.archivedAt === null || lived.has(value.id));
}

export function prepareTimeline(summary: TimelineSummary, values: readonly TimelineValue[], now: Date): PreparedTimeline {
  const today = toCalendarDate(now);
  const lanes = packExperimentLanes(summary.experiments, today);
  // Calendar dates order as text: the earliest and latest are all the extent needs, no sort.
  let earliest = today;
  let latest = today;
  const include = (date: string) => {
    if (date < earliest) earliest = date;
    if (date > latest) latest = date;
  };
  for (const day of summary.reflectionDays) include(day.date);
  for (const placed of lanes.placed) {
    include(placed.firstDay);
    include(placed.lastDay);
  }
  for (const version of summary.versions) include(toCalendarDate(new Date(version.createdAt)));
  const first = parseCalendarDate(earliest);
  const last = addDays(parseCalendarDate(latest), 1);
  const extent: TimeDomain = [subMonths(first, 1), addMonths(last, 1)];
  return {
    summary,
    now,
    extent,
    lanes,
    placedById: new Map(lanes.placed.map((placed) => [placed.experiment.id, placed])),
    versions: summary.versions,
    values,
    strip: valuesLivedStrip(
      summary.valueWeeks.map((row) => ({ date: row.week, valueId: row.valueId, count: row.count })),
      values.map((value) => value.id),
      extent,
    ),
    reflectionDays: summary.reflectionDays,
    reflectionTotal: summary.reflectionDays.reduce((sum, day) => sum + day.count, 0),
    binWindows: new Map(),
  };
}

function binsFor(prepared: PreparedTimeline, bucket: BucketSize, visible: TimeDomain) {
  let window = prepared.binWindows.get(bucket);
  if (!window || !windowCovers(window, visible)) {
    window = binWindow(prepared.reflectionDays, bucket, visible, prepared.extent);
    prepared.binWindows.set(bucket, window);
  }
  return visibleBins(window, visible);
}

/**
 * Instant -> pixels for a visible range across `widthPx`: what a d3 time scale computes, without its per-call
 * interpolation machinery, since every frame places a few hundred marks.
 */
export function linearTimeX(domain: TimeDomain, widthPx: number): (at: Date) => number {
  const from = domain[0].getTime();
  const pxPerMs = widthPx / Math.max(domain[1].getTime() - from, 1);
  return (at) => (at.getTime() - from) * pxPerMs;
}

/**
 * The visible range after zooming by `k` and panning by `tx` pixels (a d3-zoom transform's k and x) a chart
 * that shows `extent` across `widthPx` unzoomed: what `transform.rescaleX(scale).domain()` gives, without building a scale.
 */
export function visibleDomain(extent: TimeDomain, transform: { readonly k: number; readonly x: number }, widthPx: number): TimeDomain {
  const from = extent[0].getTime();
  const msPerPx = (extent[1].getTime() - from) / Math.max(widthPx, 1);
  const at = (px: number) => new Date(from + ((px - transform.x) / transform.k) * msPerPx);
  return [at(0), at(widthPx)];
}

/** Vertical bands of the chart, in CSS pixels from its top. */
export interface TrackLayout {
  readonly axis: { readonly top: number; readonly height: number };
  readonly versions: { readonly top: number; readonly height: number };
  readonly experiments: { readonly top: number; readonly rowHeight: number; readonly height: number };
  readonly reflections: { readonly top: number; readonly height: number };
  readonly values: { readonly top: number; readonly rowHeight: number; readonly height: number };
  readonly height: number;
}

export function trackLayout(experimentRows: number, valueCount: number): TrackLayout {
  const axis = { top: 0, height: 34 };
  const versions = { top: axis.top + axis.height + 6, height: 46 };
  const rowHeight = experimentRows > 8 ? 12 : 18;
  const experiments = { top: versions.top + versions.height + 10, rowHeight, height: Math.max(1, experimentRows) * rowHeight };
  const reflections = { top: experiments.top + experiments.height + 14, height: 34 };
  const values = { top: reflections.top + reflections.height + 14, rowHeight: 14, height: Math.max(1, valueCount) * 14 };
  return { axis, versions, experiments, reflections, values, height: values.top + values.height + 22 };
}

export interface SceneItem {
  readonly key: string;
  readonly kind: NavigableKind;
  readonly id: string;
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

export interface TimelineScene {
  readonly domain: TimeDomain;
  readonly bucket: BucketSize;
  readonly markers: readonly VersionMarker<SummaryVersion>[];
  readonly marks: readonly ReflectionMark[];
  readonly today: TodayMarker;
  /** Every drawn item with its box, for pointer hits and the focus ring. */
  readonly items: ReadonlyMap<string, SceneItem>;
  /** Keys in keyboard order; worked out on the first key press, not on every frame. */
  order(): readonly string[];
}

const VERSION_DOT_RADIUS = 6;
/** An estimate is enough to keep labels apart: measuring text every frame would cost more than it saves. */
const LABEL_CHAR_PX = 6.4;
export const MAX_VERSION_LABEL_CHARS = 28;

export function versionLabel(version: SummaryVersion): string {
  const note = version.note.replace(/\s+/g, ' ').trim();
  return shortened(note, MAX_VERSION_LABEL_CHARS);
}

/** The scene at one zoom level. `x` maps an instant to pixels across `widthPx`. */
export function buildScene(
  prepared: PreparedTimeline,
  x: (at: Date) => number,
  domain: TimeDomain,
  widthPx: number,
  layout: TrackLayout,
  now: Date,
): TimelineScene {
  const bucket = chooseBucket(domain, widthPx);
  const marks = reflectionMarks(binsFor(prepared, bucket, domain), bucket);
  const markers = layoutVersionMarkers(prepared.versions, {
    x,
    labelWidth: (version) => versionLabel(version).length * LABEL_CHAR_PX,
    visibleRangePx: [0, widthPx],
  });

  const items = new Map<string, SceneItem>();
  const versionY = layout.versions.top + layout.versions.height - 12;
  for (const marker of markers) {
    const key = `version:${marker.version.id}`;
    items.set(key, {
      key,
      kind: 'version',
      id: marker.version.id,
      x0: marker.x - VERSION_DOT_RADIUS,
      x1: marker.x + VERSION_DOT_RADIUS,
      y0: versionY - VERSION_DOT_RADIUS,
      y1: versionY + VERSION_DOT_RADIUS,
    });
  }
  for (const placed of prepared.lanes.placed) {
    const key = `experiment:${placed.experiment.id}`;
    const y0 = layout.experiments.top + placed.row * layout.experiments.rowHeight + 2;
    const x0 = x(placed.start);
    items.set(key, {
      key,
      kind: 'experiment',
      id: placed.experiment.id,
      x0,
      x1: Math.max(x(placed.end), x0 + 3),
      y0,
      y1: y0 + layout.experiments.rowHeight - 4,
    });
  }
  for (const mark of marks) {
    const key = `reflections:${mark.bin.firstDay}`;
    items.set(key, {
      key,
      kind: 'reflections',
      id: mark.bin.firstDay,
      x0: x(mark.bin.start),
      x1: Math.max(x(mark.bin.end), x(mark.bin.start) + 2),
      y0: layout.reflections.top,
      y1: layout.reflections.top + layout.reflections.height,
    });
  }

  let order: readonly string[] | null = null;
  return {
    domain,
    bucket,
    markers,
    marks,
    today: todayMarker(now, domain),
    items,
    order: () =>
      (order ??= navigationOrder(timelineNavigationItems({ versions: markers, experiments: prepared.lanes, reflections: marks }))),
  };
}

/** The item under a pointer: the smallest box containing it, so a version dot wins over a long bar behind it. */
export function hitTest(scene: TimelineScene, px: number, py: number, slop = 3): SceneItem | null {
  let best: SceneItem | null = null;
  let bestArea = Infinity;
  for (const item of scene.items.values()) {
    if (px < item.x0 - slop || px > item.x1 + slop || py < item.y0 - slop || py > item.y1 + slop) continue;
    const area = (item.x1 - item.x0) * (item.y1 - item.y0);
    if (area < bestArea) {
      best = item;
      bestArea = area;
    }
  }
  return best;
}
