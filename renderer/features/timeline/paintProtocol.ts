// Messages between the timeline chart and its painter worker: a canvas per mount, the data per load, the view on every change.
import type { TimelineSummary } from '../../../shared/domain/timelineSummary';
import type { Palette } from './timelineDraw';
import type { TimelineValue } from './timelineScene';

/** Everything about one frame that is not the data: where the chart is looking and what is focused. */
export interface PaintView {
  /** The visible range, in ms since the epoch. */
  readonly from: number;
  readonly to: number;
  /** The chart's size in CSS pixels, and device pixels per CSS pixel. */
  readonly width: number;
  readonly height: number;
  readonly ratio: number;
  readonly palette: Palette;
  readonly focusKey: string | null;
  readonly hoverKey: string | null;
  /** The brushed period, in ms since the epoch: [start, end). */
  readonly period: readonly [number, number] | null;
}

export type ToPainter =
  /** A new chart's canvas; `mount` tells its frames apart from an earlier chart's. */
  | { readonly kind: 'canvas'; readonly canvas: OffscreenCanvas; readonly mount: number }
  | { readonly kind: 'data'; readonly summary: TimelineSummary; readonly values: readonly TimelineValue[]; readonly now: number }
  | { readonly kind: 'view'; readonly view: PaintView };

/**
 * Frames drawn for one mount, each as [start, end] in ms since the epoch (the two threads' clocks start at different
 * moments). A chart's first frame is reported at once; later ones in batches, so the page is not woken once per frame.
 */
export interface PaintedFrames {
  readonly kind: 'painted';
  readonly mount: number;
  readonly frames: readonly (readonly [number, number])[];
}
