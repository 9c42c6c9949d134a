// Timeline layout: experiments packed into the fewest lanes, version markers with non-colliding labels, today.
import { addDays } from 'date-fns';
import { parseCalendarDate, toCalendarDate, type TimeDomain } from './calendar';

export const experimentStatuses = ['idea', 'planned', 'running', 'concluded', 'dropped'] as const;
export type ExperimentStatus = (typeof experimentStatuses)[number];

/** The fields of an experiment the lanes read; dates are calendar dates (YYYY-MM-DD). */
export interface ExperimentSpanInput {
  readonly id: string;
  readonly title: string;
  readonly status: ExperimentStatus;
  readonly plannedStart?: string | null;
  readonly plannedEnd?: string | null;
  readonly actualStart?: string | null;
  readonly actualEnd?: string | null;
}

/** The days an experiment occupies, both inclusive. */
export interface ExperimentDays {
  readonly firstDay: string;
  readonly lastDay: string;
  /** No end date yet: the bar runs to today (or its start, if that is later) and keeps growing. */
  readonly openEnded: boolean;
}

export interface PlacedExperiment<E extends ExperimentSpanInput> extends ExperimentDays {
  readonly experiment: E;
  /** Lane index, 0 at the top. */
  readonly row: number;
  /** Local midnight of the first day. */
  readonly start: Date;
  /** Local midnight after the last day, so a one-day experiment still has width. */
  readonly end: Date;
}

export interface ExperimentLanes<E extends ExperimentSpanInput> {
  readonly rowCount: number;
  /** Sorted by first day, then last day, then id. */
  readonly placed: readonly PlacedExperiment<E>[];
  /** Experiments with neither an actual nor a planned start (typically ideas): nothing to draw yet. */
  readonly unscheduled: readonly E[];
}

/**
 * What actually happened wins over the plan: start = actualStart ?? plannedStart,
 * end = actualEnd ?? plannedEnd ?? today. Null when there is no start. A planned end before the
 * actual start is a plan overtaken by events, so such an experiment runs on to today; an actual
 * end before the start is a slip of the keyboard, drawn as a single day rather than a negative bar.
 */
export function experimentDays(experiment: ExperimentSpanInput, today: string): ExperimentDays | null {
  const firstDay = experiment.actualStart ?? experiment.plannedStart;
  if (!firstDay) return null;
  const plannedEnd = experiment.plannedEnd && experiment.plannedEnd >= firstDay ? experiment.plannedEnd : null;
  const recordedEnd = experiment.actualEnd ?? plannedEnd;
  const end = recordedEnd ?? today;
  return { firstDay, lastDay: end < firstDay ? firstDay : end, openEnded: !recordedEnd };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** YYYY-MM-DD strings sort as dates do. */
function compareDays(a: { firstDay: string; lastDay: string; id: string }, b: typeof a): number {
  return compareStrings(a.firstDay, b.firstDay) || compareStrings(a.lastDay, b.lastDay) || compareStrings(a.id, b.id);
}

/**
 * Greedy interval partitioning: in order of start, each experiment takes the topmost lane whose last
 * experiment ended before it starts. Experiments sharing a day never share a lane, and the lane count
 * equals the most experiments running on any one day, which is the minimum possible. The order is
 * fixed by dates and ids, so the same experiments always land in the same lanes.
 */
export function packExperimentLanes<E extends ExperimentSpanInput>(experiments: readonly E[], today: string): ExperimentLanes<E> {
  const unscheduled: E[] = [];
  const spans: Array<ExperimentDays & { experiment: E; id: string }> = [];
  for (const experiment of experiments) {
    const days = experimentDays(experiment, today);
    if (days) spans.push({ ...days, experiment, id: experiment.id });
    else unscheduled.push(experiment);
  }
  spans.sort(compareDays);

  const rowLastDays: string[] = [];
  const placed = spans.map(({ experiment, firstDay, lastDay, openEnded }): PlacedExperiment<E> => {
    let row = rowLastDays.findIndex((rowLastDay) => rowLastDay < firstDay);
    if (row === -1) row = rowLastDays.length;
    rowLastDays[row] = lastDay;
    const start = parseCalendarDate(firstDay);
    return { experiment, firstDay, lastDay, openEnded, row, start, end: addDays(parseCalendarDate(lastDay), 1) };
  });
  return { rowCount: rowLastDays.length, placed, unscheduled };
}

/** The fields of a strategy version a marker reads. */
export interface VersionPointInput {
  readonly id: string;
  /** ISO timestamp. */
  readonly createdAt: string;
  readonly note: string;
}

export interface VersionMarker<V extends VersionPointInput> {
  readonly version: V;
  readonly at: Date;
  /** Horizontal position in pixels, from the caller's scale. */
  readonly x: number;
  /** Whether there is room for this marker's label; markers without one still show their point. */
  readonly showLabel: boolean;
}

export interface VersionMarkerOptions<V extends VersionPointInput> {
  /** A time -> pixel scale (a d3 time scale fits). */
  readonly x: (at: Date) => number;
  /** Width of a version's label in pixels (measured or estimated by the caller); labels centre on the marker. */
  readonly labelWidth: (version: V) => number;
  /** Space to keep between neighbouring labels. */
  readonly minGapPx?: number;
  /** Pixel range in view; labels of markers outside it are hidden and take no room. */
  readonly visibleRangePx?: readonly [number, number];
}

export const DEFAULT_LABEL_GAP_PX = 8;

/**
 * Version markers in time order, deciding which labels fit at this scale. Newer versions claim room
 * first because the recent strategy matters most; an older label is shown only where it collides
 * with none already shown.
 */
export function layoutVersionMarkers<V extends VersionPointInput>(
  versions: readonly V[],
  options: VersionMarkerOptions<V>,
): VersionMarker<V>[] {
  const gap = options.minGapPx ?? DEFAULT_LABEL_GAP_PX;
  const markers = versions
    .map((version) => {
      const at = new Date(version.createdAt);
      return { version, at, x: options.x(at) };
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime() || compareStrings(a.version.id, b.version.id));

  const [left, right] = options.visibleRangePx ?? [-Infinity, Infinity];
  const taken: Array<readonly [number, number]> = [];
  const labelled = new Set<number>();
  for (let index = markers.length - 1; index >= 0; index -= 1) {
    const marker = markers[index];
    if (!marker || marker.x < left || marker.x > right) continue;
    const half = options.labelWidth(marker.version) / 2;
    const span = [marker.x - half, marker.x + half] as const;
    const collides = taken.some(([from, to]) => span[0] < to + gap && from < span[1] + gap);
    if (!collides) {
      taken.push(span);
      labelled.add(index);
    }
  }
  return markers.map((marker, index) => ({ ...marker, showLabel: labelled.has(index) }));
}

export interface TodayMarker {
  /** Today's calendar date (YYYY-MM-DD) in the writer's time zone. */
  readonly date: string;
  /** Local midnight starting today. */
  readonly start: Date;
  /** Local midnight ending today. */
  readonly end: Date;
  /** Whether any part of today is within the visible range. */
  readonly inView: boolean;
}

export function todayMarker(now: Date, domain: TimeDomain): TodayMarker {
  const date = toCalendarDate(now);
  const start = parseCalendarDate(date);
  const end = addDays(start, 1);
  const inView = start.getTime() <= domain[1].getTime() && end.getTime() > domain[0].getTime();
  return { date, start, end, inView };
}
