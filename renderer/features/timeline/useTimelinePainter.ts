// The hand-off between the painter worker and this thread: the worker draws the chart; this thread draws the lane
// labels, and the chart too until the worker's first frame is on screen (or where no worker could start).
import { scaleTime } from 'd3-scale';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { ZoomTransform } from 'd3-zoom';
import { markTimelineFrame } from '../../ui/benchMarks';
import { stripPixels } from './heatStrip';
import { drawLaneLabels, drawTimeline, readPalette, stripImage, type Palette, type StripImage } from './timelineDraw';
import { onPainted, paintData, paintOn, paintView } from './timelinePainter';
import { linearTimeX, visibleDomain, type PreparedTimeline, type TimelineScene, type TrackLayout } from './timelineScene';

export const GUTTER = 136;

/** What the chart shows besides the data: the zoom, the focused and hovered item and the selected period. */
export interface ChartViewState {
  transform(): ZoomTransform;
  setTransform(transform: ZoomTransform): void;
  focusKey(): string | null;
  hoverKey(): string | null;
  periodDates(): [Date, Date] | null;
}

interface PainterOptions {
  prepared: PreparedTimeline;
  layout: TrackLayout;
  width: number;
  chartWidth: number;
  view: ChartViewState;
  currentScene(): TimelineScene;
}

export interface TimelinePainter {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  pageCanvasRef: RefObject<HTMLCanvasElement | null>;
  /** Redraws after any change of view: by the worker, and by this thread until the worker has drawn. */
  schedule(): void;
  /** The colour scheme changed: read the palette again and redraw everything. */
  repaintInNewColours(): void;
}

export function useTimelinePainter({ prepared, layout, width, chartWidth, view, currentScene }: PainterOptions): TimelinePainter {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const pageCanvasRef = useRef<HTMLCanvasElement>(null);
  const palette = useRef<Palette | null>(null);
  const mount = useRef<number | null>(null);
  const painterReady = useRef(false);
  const sentData = useRef<PreparedTimeline | null>(null);
  const pageFrame = useRef<number | null>(null);
  const pageStrip = useRef<{ prepared: PreparedTimeline; strip: StripImage | null } | null>(null);

  /** The lane labels, on the page's canvas: they never move. */
  const drawLabels = useCallback(() => {
    const canvas = pageCanvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || width === 0) return;
    palette.current ??= readPalette(canvas);
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawLaneLabels(ctx, { prepared, layout, gutter: GUTTER, palette: palette.current, font: palette.current.font });
  }, [prepared, layout, width]);

  /** The chart drawn on the page's canvas, so it appears without waiting for the worker to start and prepare. */
  const drawOnPage = useCallback(() => {
    const canvas = pageCanvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || width === 0 || painterReady.current) return;
    const started = performance.now();
    palette.current ??= readPalette(canvas);
    if (pageStrip.current?.prepared !== prepared) {
      const colours = prepared.values.map((value) => value.colour);
      pageStrip.current = { prepared, strip: stripImage(stripPixels(prepared.strip, colours, layout.values.rowHeight)) };
    }
    const scene = currentScene();
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, GUTTER * ratio, 0);
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, 0, chartWidth, layout.height);
    ctx.clip();
    drawTimeline(ctx, {
      prepared,
      scene,
      layout,
      x: linearTimeX(scene.domain, chartWidth),
      scale: scaleTime().domain(scene.domain).range([0, chartWidth]),
      width: chartWidth,
      strip: pageStrip.current.strip,
      palette: palette.current,
      font: palette.current.font,
      focusKey: view.focusKey(),
      hoverKey: view.hoverKey(),
      period: view.periodDates(),
    });
    ctx.restore();
    markTimelineFrame(started, performance.now());
  }, [prepared, layout, chartWidth, width, currentScene, view]);

  /** Tells the painter worker what to show; it draws on its next animation frame, however many views came first. */
  const postView = useCallback(() => {
    const canvas = canvasRef.current;
    if (!canvas || width === 0 || mount.current === null) return;
    palette.current ??= readPalette(canvas);
    const [from, to] = visibleDomain(prepared.extent, view.transform(), chartWidth);
    const dates = view.periodDates();
    paintView({
      from: from.getTime(),
      to: to.getTime(),
      width: chartWidth,
      height: layout.height,
      ratio: window.devicePixelRatio || 1,
      palette: palette.current,
      focusKey: view.focusKey(),
      hoverKey: view.hoverKey(),
      period: dates ? [dates[0].getTime(), dates[1].getTime()] : null,
    });
  }, [prepared.extent, layout.height, chartWidth, width, view]);

  const schedule = useCallback(() => {
    postView();
    if (painterReady.current) return;
    pageFrame.current ??= requestAnimationFrame(() => {
      pageFrame.current = null;
      drawOnPage();
    });
  }, [postView, drawOnPage]);

  const repaintInNewColours = useCallback(() => {
    palette.current = null;
    drawLabels();
    schedule();
  }, [drawLabels, schedule]);

  useEffect(() => {
    return onPainted((painted) => {
      if (painted.mount !== mount.current) return;
      if (!painterReady.current) {
        painterReady.current = true;
        // The worker's canvas shows the chart from now on: clear what this thread drew beneath it.
        const page = pageCanvasRef.current;
        const ctx = page?.getContext('2d');
        if (page && ctx) {
          ctx.setTransform(1, 0, 0, 1, 0, 0);
          ctx.clearRect(Math.round(GUTTER * (window.devicePixelRatio || 1)), 0, page.width, page.height);
        }
      }
      for (const [start, end] of painted.frames) markTimelineFrame(start - performance.timeOrigin, end - performance.timeOrigin);
    });
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    const page = pageCanvasRef.current;
    if (!canvas || !page || width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    page.width = Math.round(width * ratio);
    page.height = Math.round(layout.height * ratio);
    // The chart's canvas belongs to the painter, which sizes its pixels; the page only sets its size on screen.
    for (const [target, cssWidth] of [
      [page, width],
      [canvas, chartWidth],
    ] as const) {
      target.style.width = `${cssWidth}px`;
      target.style.height = `${layout.height}px`;
    }
    drawLabels();
    drawOnPage();
    // The worker starts, takes the canvas and prepares the data only once this thread's first frame is drawn:
    // on two busy cores, doing all that at the same time would hold that frame back.
    mount.current ??= paintOn(canvas);
    if (sentData.current !== prepared) {
      sentData.current = prepared;
      paintData(prepared);
    }
    postView();
  }, [width, chartWidth, layout.height, prepared, postView, drawLabels, drawOnPage]);

  return { canvasRef, pageCanvasRef, schedule, repaintInNewColours };
}
