// The interactive timeline: the painter hand-off (useTimelinePainter), zoom and brush (useTimelineZoom), pointer and keyboard travel.
import { scaleTime } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { addDays } from 'date-fns';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { parseCalendarDate } from '../../../shared/domain/timeline/calendar';
import { onThemeChange } from '../../ui/theme';
import { commandForKey, navigate } from '../../../shared/domain/timeline/navigation';
import { buildScene, hitTest, linearTimeX, trackLayout, visibleDomain, type PreparedTimeline, type SceneItem, type TimelineScene } from './timelineScene';
import type { Period } from './timelineStore';
import { describeItem } from './timelineText';
import { GUTTER, useTimelinePainter, type ChartViewState } from './useTimelinePainter';
import { useTimelineZoom } from './useTimelineZoom';

const ZOOM_STEP = 1.6;

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
  const surfaceRef = useRef<HTMLDivElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const [width, setWidth] = useState(0);
  const [detail, setDetail] = useState('');
  const instructionsId = useId();

  const transform = useRef<ZoomTransform>(zoomIdentity);
  const focusKey = useRef<string | null>(null);
  const hoverKey = useRef<string | null>(null);
  const periodRef = useRef(period);
  const view = useMemo<ChartViewState>(
    () => ({
      transform: () => transform.current,
      setTransform: (next) => {
        transform.current = next;
      },
      focusKey: () => focusKey.current,
      hoverKey: () => hoverKey.current,
      periodDates: () => periodDates(periodRef.current),
    }),
    [],
  );
  const sceneCache = useRef<{ transform: ZoomTransform; prepared: PreparedTimeline; width: number; scene: TimelineScene } | null>(null);

  const chartWidth = Math.max(width - GUTTER, 100);
  const layout = useMemo(
    () => trackLayout(prepared.lanes.rowCount, prepared.values.length),
    [prepared.lanes.rowCount, prepared.values.length],
  );
  const base = useMemo(() => scaleTime().domain(prepared.extent).range([0, chartWidth]), [prepared.extent, chartWidth]);

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

  const { canvasRef, pageCanvasRef, schedule, repaintInNewColours } = useTimelinePainter({ prepared, layout, width, chartWidth, view, currentScene });
  const zoom = useTimelineZoom({ surfaceRef, brushRef, extent: prepared.extent, base, layout, width, chartWidth, view, schedule, onPeriod });
  const { placeBrush, zoomToRange } = zoom;

  useEffect(() => {
    const wrap = wrapRef.current;
    if (!wrap) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(wrap);
    const stopFollowingTheme = onThemeChange(repaintInNewColours);
    return () => {
      observer.disconnect();
      stopFollowingTheme();
    };
  }, [repaintInNewColours]);

  useEffect(() => {
    periodRef.current = period;
    placeBrush();
    schedule();
  }, [period, placeBrush, schedule]);

  useEffect(() => {
    if (zoomTarget) zoomToRange(zoomTarget.start, zoomTarget.end);
  }, [zoomTarget, zoomToRange]);

  const focusOn = useCallback(
    (key: string | null) => {
      focusKey.current = key;
      if (key) {
        const built = currentScene();
        const item = built.items.get(key);
        if (item && (item.x1 < 0 || item.x0 > chartWidth)) zoom.panBy(chartWidth / 2 - (item.x0 + item.x1) / 2);
        setDetail(describeItem(prepared, built, key) ?? '');
      }
      schedule();
    },
    [prepared, chartWidth, schedule, currentScene, zoom],
  );

  function zoomAroundFocus(factor: number) {
    const item = focusKey.current ? currentScene().items.get(focusKey.current) : undefined;
    zoom.zoomBy(factor, item && item.x1 >= 0 && item.x0 <= chartWidth ? (item.x0 + item.x1) / 2 : undefined);
  }

  function onKeyDown(event: React.KeyboardEvent) {
    const built = currentScene();
    if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      zoom.panBy((chartWidth / 4) * (event.key === 'ArrowLeft' ? 1 : -1));
      event.preventDefault();
      return;
    }
    const command = commandForKey(event.key);
    if (command) {
      focusOn(navigate(built.order(), focusKey.current, command));
      event.preventDefault();
      return;
    }
    if (event.key === '+' || event.key === '=') zoomAroundFocus(ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') zoomAroundFocus(1 / ZOOM_STEP);
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
