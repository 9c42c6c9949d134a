// The interactive timeline: lanes drawn on a canvas by a painter worker, d3-zoom (semantic zoom, pan), a d3-brush period and keyboard travel.
import { brushSelection, brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { scaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { addDays } from 'date-fns';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { parseCalendarDate, toCalendarDate } from '../../../shared/domain/timeline/calendar';
import { commandForKey, navigate } from '../../../shared/domain/timeline/navigation';
import { stripPixels } from './heatStrip';
import { drawLaneLabels, drawTimeline, readPalette, stripImage, type Palette, type StripImage } from './timelineDraw';
import { onPainted, paintData, paintOn, paintView } from './timelinePainter';
import {
  buildScene,
  hitTest,
  linearTimeX,
  trackLayout,
  visibleDomain,
  type PreparedTimeline,
  type SceneItem,
  type TimelineScene,
} from './timelineScene';
import type { Period } from './timelineStore';
import { describeItem } from './timelineText';

const GUTTER = 136;
/** The closest zoom shows about this many days across the chart. */
const MIN_VISIBLE_DAYS = 10;
const ZOOM_STEP = 1.6;
const FRAME_ENTRY = 'cairn:timeline-frame';
const MAX_FRAME_ENTRIES = 2000;

interface TimelineChartProps {
  prepared: PreparedTimeline;
  period: Period | null;
  onPeriod(period: Period | null): void;
  onOpen(item: SceneItem, scene: TimelineScene): void;
  /** Zoom to show this span; a new object each time it is asked for. */
  zoomTarget: { readonly start: Date; readonly end: Date } | null;
}

function periodDates(period: Period | null): [Date, Date] | null {
  return period ? [parseCalendarDate(period.from), addDays(parseCalendarDate(period.to), 1)] : null;
}

export function TimelineChart({ prepared, period, onPeriod, onOpen, zoomTarget }: TimelineChartProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const pageCanvasRef = useRef<HTMLCanvasElement>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const [width, setWidth] = useState(0);
  const [detail, setDetail] = useState('');
  const instructionsId = useId();

  const transform = useRef<ZoomTransform>(zoomIdentity);
  const focusKey = useRef<string | null>(null);
  const hoverKey = useRef<string | null>(null);
  const sceneCache = useRef<{ transform: ZoomTransform; prepared: PreparedTimeline; width: number; scene: TimelineScene } | null>(null);
  const palette = useRef<Palette | null>(null);
  const mount = useRef<number | null>(null);
  const painterReady = useRef(false);
  const sentData = useRef<PreparedTimeline | null>(null);
  const pageFrame = useRef<number | null>(null);
  const pageStrip = useRef<{ prepared: PreparedTimeline; strip: StripImage | null } | null>(null);
  const zoomBehaviour = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const brushBehaviour = useRef<BrushBehavior<unknown> | null>(null);
  const periodRef = useRef(period);
  const firstDrawn = useRef(false);
  const frameEntries = useRef(0);

  const chartWidth = Math.max(width - GUTTER, 100);
  const layout = useMemo(
    () => trackLayout(prepared.lanes.rowCount, prepared.values.length),
    [prepared.lanes.rowCount, prepared.values.length],
  );
  const base = useMemo(() => scaleTime().domain(prepared.extent).range([0, chartWidth]), [prepared.extent, chartWidth]);

  const currentX = useCallback(() => transform.current.rescaleX(base), [base]);

  /** The scene on screen, for pointer hits and the keyboard; built only when one of them asks, not on every frame. */
  const currentScene = useCallback((): TimelineScene => {
    const cached = sceneCache.current;
    if (cached && cached.transform === transform.current && cached.prepared === prepared && cached.width === chartWidth) {
      return cached.scene;
    }
    const domain = visibleDomain(prepared.extent, transform.current, chartWidth);
    const built = buildScene(prepared, linearTimeX(domain, chartWidth), domain, chartWidth, layout, new Date());
    sceneCache.current = { transform: transform.current, prepared, width: chartWidth, scene: built };
    return built;
  }, [prepared, layout, chartWidth]);

  const recordFrame = useCallback((start: number, end: number) => {
    performance.measure(FRAME_ENTRY, { start, end });
    frameEntries.current += 1;
    if (frameEntries.current > MAX_FRAME_ENTRIES) {
      performance.clearMeasures(FRAME_ENTRY);
      frameEntries.current = 0;
    }
    if (firstDrawn.current) return;
    firstDrawn.current = true;
    if (performance.getEntriesByName('cairn:timeline-start').length > 0) {
      performance.measure('cairn:timeline-first-render', 'cairn:timeline-start');
    }
    // The benchmark's cue that the first frame is on screen.
    performance.mark('cairn:timeline-rendered');
  }, []);

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

  /**
   * Until the painter worker has drawn its first frame, this thread draws the chart on the page's canvas itself,
   * so the chart appears without waiting for the worker to start and prepare.
   */
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
      focusKey: focusKey.current,
      hoverKey: hoverKey.current,
      period: periodDates(periodRef.current),
    });
    ctx.restore();
    recordFrame(started, performance.now());
  }, [prepared, layout, chartWidth, width, currentScene, recordFrame]);

  /** Tells the painter worker what to show; it draws on its next animation frame, however many views came first. */
  const postView = useCallback(() => {
    const canvas = canvasRef.current;
    if (!canvas || width === 0 || mount.current === null) return;
    palette.current ??= readPalette(canvas);
    const [from, to] = visibleDomain(prepared.extent, transform.current, chartWidth);
    const dates = periodDates(periodRef.current);
    paintView({
      from: from.getTime(),
      to: to.getTime(),
      width: chartWidth,
      height: layout.height,
      ratio: window.devicePixelRatio || 1,
      palette: palette.current,
      focusKey: focusKey.current,
      hoverKey: hoverKey.current,
      period: dates ? [dates[0].getTime(), dates[1].getTime()] : null,
    });
  }, [prepared.extent, layout.height, chartWidth, width]);

  /** Redraws after a change: by the worker, and by this thread too until the worker has drawn (or where none could start). */
  const schedule = useCallback(() => {
    postView();
    if (painterReady.current) return;
    pageFrame.current ??= requestAnimationFrame(() => {
      pageFrame.current = null;
      drawOnPage();
    });
  }, [postView, drawOnPage]);

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
      for (const [start, end] of painted.frames) recordFrame(start - performance.timeOrigin, end - performance.timeOrigin);
    });
  }, [recordFrame]);

  const placeBrush = useCallback(() => {
    const g = brushRef.current;
    const brush = brushBehaviour.current;
    if (!g || !brush) return;
    const dates = periodDates(periodRef.current);
    // Zooming with no period and no brush shown has nothing to move.
    if (!dates && brushSelection(g) === null) return;
    const x = currentX();
    brush.move(select(g), dates ? [x(dates[0]), x(dates[1])] : null);
  }, [currentX]);

  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(wrap);
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => {
      palette.current = null;
      drawLabels();
      schedule();
    };
    scheme.addEventListener('change', onScheme);
    return () => {
      observer.disconnect();
      scheme.removeEventListener('change', onScheme);
    };
  }, [schedule, drawLabels]);

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

  useEffect(() => {
    const surface = surfaceRef.current;
    if (!surface || width === 0) return;
    const spanDays = (prepared.extent[1].getTime() - prepared.extent[0].getTime()) / 86_400_000;
    const behaviour = d3zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, Math.max(1, spanDays / MIN_VISIBLE_DAYS)])
      .extent([
        [0, 0],
        [chartWidth, layout.height],
      ])
      .translateExtent([
        [0, 0],
        [chartWidth, layout.height],
      ])
      .on('zoom', (event: { transform: ZoomTransform }) => {
        transform.current = event.transform;
        placeBrush();
        schedule();
      });
    zoomBehaviour.current = behaviour;
    const selection = select(surface);
    selection.call(behaviour).on('dblclick.zoom', null);
    selection.call(behaviour.transform, transform.current);
    return () => {
      selection.on('.zoom', null);
    };
  }, [prepared.extent, chartWidth, layout.height, width, schedule, placeBrush]);

  useEffect(() => {
    const g = brushRef.current;
    if (!g || width === 0) return;
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [chartWidth, layout.axis.height],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        // Moves made by placeBrush (zooming, a new period from the date fields) carry no source event.
        if (!event.sourceEvent) return;
        const selection = event.selection as [number, number] | null;
        if (!selection) {
          onPeriod(null);
          return;
        }
        const x = currentX();
        const from = toCalendarDate(x.invert(selection[0]));
        const to = toCalendarDate(addDays(x.invert(selection[1]), -1 / 24));
        onPeriod({ from, to: to < from ? from : to });
      });
    brushBehaviour.current = brush;
    select(g).call(brush);
    placeBrush();
    return () => {
      select(g).on('.brush', null);
    };
  }, [chartWidth, layout.axis.height, width, currentX, onPeriod, placeBrush]);

  useEffect(() => {
    periodRef.current = period;
    placeBrush();
    schedule();
  }, [period, placeBrush, schedule]);

  const focusOn = useCallback(
    (key: string | null) => {
      focusKey.current = key;
      if (key) {
        const built = currentScene();
        const item = built.items.get(key);
        const surface = surfaceRef.current;
        const behaviour = zoomBehaviour.current;
        if (item && surface && behaviour && (item.x1 < 0 || item.x0 > chartWidth)) {
          behaviour.translateBy(select(surface), (chartWidth / 2 - (item.x0 + item.x1) / 2) / transform.current.k, 0);
        }
        setDetail(describeItem(prepared, built, key) ?? '');
      }
      schedule();
    },
    [prepared, chartWidth, schedule, currentScene],
  );

  function zoomBy(factor: number) {
    const surface = surfaceRef.current;
    const behaviour = zoomBehaviour.current;
    if (!surface || !behaviour) return;
    const item = focusKey.current ? currentScene().items.get(focusKey.current) : undefined;
    const centre = item && item.x1 >= 0 && item.x0 <= chartWidth ? (item.x0 + item.x1) / 2 : chartWidth / 2;
    behaviour.scaleBy(select(surface), factor, [centre, 0]);
  }

  function onKeyDown(event: React.KeyboardEvent) {
    const built = currentScene();
    const surface = surfaceRef.current;
    const behaviour = zoomBehaviour.current;
    if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight') && surface && behaviour) {
      const step = (chartWidth / 4 / transform.current.k) * (event.key === 'ArrowLeft' ? 1 : -1);
      behaviour.translateBy(select(surface), step, 0);
      event.preventDefault();
      return;
    }
    const command = commandForKey(event.key);
    if (command) {
      focusOn(navigate(built.order(), focusKey.current, command));
      event.preventDefault();
      return;
    }
    if (event.key === '+' || event.key === '=') zoomBy(ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') zoomBy(1 / ZOOM_STEP);
    else if ((event.key === 'Enter' || event.key === ' ') && focusKey.current) {
      const item = built.items.get(focusKey.current);
      if (item) onOpen(item, built);
    } else if (event.key === 'Escape' && periodRef.current) onPeriod(null);
    else return;
    event.preventDefault();
  }

  function itemAt(event: React.PointerEvent | React.MouseEvent): SceneItem | null {
    const surface = surfaceRef.current;
    if (!surface) return null;
    const box = surface.getBoundingClientRect();
    return hitTest(currentScene(), event.clientX - box.left, event.clientY - box.top + layout.axis.height);
  }

  const zoomToRange = useCallback(
    (start: Date, end: Date) => {
      const surface = surfaceRef.current;
      const behaviour = zoomBehaviour.current;
      if (!surface || !behaviour) return;
      const k = chartWidth / Math.max(base(end) - base(start), 1);
      behaviour.transform(select(surface), zoomIdentity.scale(k).translate(-base(start), 0));
    },
    [base, chartWidth],
  );

  useEffect(() => {
    if (zoomTarget) zoomToRange(zoomTarget.start, zoomTarget.end);
  }, [zoomTarget, zoomToRange]);

  return (
    <div className="timeline-chart">
      <div
        ref={wrapRef}
        className="timeline-canvas-wrap"
        tabIndex={0}
        role="application"
        aria-roledescription="timeline"
        aria-label="Strategy timeline"
        aria-describedby={instructionsId}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (!focusKey.current) focusOn(navigate(currentScene().order(), null, 'last'));
        }}
        style={{ height: layout.height }}
      >
        <canvas ref={pageCanvasRef} className="timeline-canvas" aria-hidden="true" />
        <canvas ref={canvasRef} className="timeline-canvas" style={{ left: GUTTER }} aria-hidden="true" />
        <div
          ref={surfaceRef}
          className="timeline-surface"
          style={{ left: GUTTER, top: layout.axis.height, width: chartWidth, height: layout.height - layout.axis.height }}
          onPointerMove={(event) => {
            // While a button is held the pointer is panning, not pointing at items.
            if (event.buttons !== 0) return;
            const item = itemAt(event);
            const key = item?.key ?? null;
            if (key === hoverKey.current) return;
            hoverKey.current = key;
            event.currentTarget.classList.toggle('over-item', key !== null);
            if (key) setDetail(describeItem(prepared, currentScene(), key) ?? '');
            schedule();
          }}
          onPointerLeave={() => {
            hoverKey.current = null;
            schedule();
          }}
          onClick={(event) => {
            const item = itemAt(event);
            if (item) {
              focusKey.current = item.key;
              onOpen(item, currentScene());
            }
          }}
        />
        <svg className="timeline-brush" style={{ left: GUTTER, width: chartWidth, height: layout.axis.height }} aria-hidden="true">
          <g ref={brushRef} />
        </svg>
      </div>
      <p className="timeline-detail" aria-live="polite">
        {detail || '\u00a0'}
      </p>
      <p id={instructionsId} className="visually-hidden">
        Arrow keys move between versions, experiments and reflections; Enter opens the focused one. Plus and minus zoom,
        Shift with left or right arrow pans, Escape clears the selected period. Drag across the dates at the top to select
        a period.
      </p>
    </div>
  );
}
