// User-timing marks the benchmark reads; compiled in only for bench builds (VITE_CAIRN_BENCH=1), empty otherwise.

/** True in a bench build: Vite replaces the expression with a constant, so production drops every mark below. */
const enabled = import.meta.env.VITE_CAIRN_BENCH === '1';
const FRAME_ENTRY = 'cairn:timeline-frame';
/** Frame measures are cleared after this many, so a long pan cannot grow the timeline buffer without bound. */
const MAX_FRAME_ENTRIES = 2000;
let frameEntries = 0;
let firstFrameSeen = false;

/** The journal is usable (list loaded, editor code here): the benchmark's time to interactive. */
export function markInteractive(): void {
  if (!enabled) return;
  if (performance.getEntriesByName('cairn:interactive').length === 0) performance.mark('cairn:interactive');
}

/** The timeline view opened: the start of its first-render measure. */
export function markTimelineStart(): void {
  if (!enabled) return;
  performance.clearMarks('cairn:timeline-start');
  performance.clearMarks('cairn:timeline-rendered');
  performance.clearMeasures('cairn:timeline-first-render');
  firstFrameSeen = false;
  performance.mark('cairn:timeline-start');
}

/** One timeline frame drawn between `start` and `end` (page-relative ms); the first also ends the first-render measure. */
export function markTimelineFrame(start: number, end: number): void {
  if (!enabled) return;
  performance.measure(FRAME_ENTRY, { start, end });
  frameEntries += 1;
  if (frameEntries > MAX_FRAME_ENTRIES) {
    performance.clearMeasures(FRAME_ENTRY);
    frameEntries = 0;
  }
  if (firstFrameSeen) return;
  firstFrameSeen = true;
  if (performance.getEntriesByName('cairn:timeline-start').length > 0) {
    performance.measure('cairn:timeline-first-render', 'cairn:timeline-start');
  }
  performance.mark('cairn:timeline-rendered');
}

let insightRendered = false;

/** The Insight view opened (or asked for other figures): the start of its first-render measure. */
export function markInsightStart(): void {
  if (!enabled) return;
  performance.clearMarks('cairn:insight-start');
  performance.clearMarks('cairn:insight-rendered');
  performance.clearMeasures('cairn:insight-first-render');
  insightRendered = false;
  performance.mark('cairn:insight-start');
}

/** Insight's chart is drawn with the core's figures: the end of the first-render measure, once per start. */
export function markInsightRendered(): void {
  if (!enabled || insightRendered) return;
  insightRendered = true;
  if (performance.getEntriesByName('cairn:insight-start').length > 0) performance.measure('cairn:insight-first-render', 'cairn:insight-start');
  performance.mark('cairn:insight-rendered');
}
