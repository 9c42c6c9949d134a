// The timeline's zoom and brush controller: d3-zoom (semantic zoom and pan) on the chart surface, d3-brush for the
// selected period over the axis, and the zoom commands the keyboard and the period list give.
import { brushSelection, brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { addDays } from 'date-fns';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { toCalendarDate } from '../../../shared/domain/timeline/calendar';
import type { TrackLayout } from './timelineScene';
import type { Period } from './timelineStore';
import type { ChartViewState } from './useTimelinePainter';

/** The closest zoom shows about this many days across the chart. */
const MIN_VISIBLE_DAYS = 10;

interface ZoomOptions {
  surfaceRef: RefObject<HTMLDivElement | null>;
  brushRef: RefObject<SVGGElement | null>;
  extent: readonly [Date, Date];
  base: ScaleTime<number, number>;
  layout: TrackLayout;
  width: number;
  chartWidth: number;
  view: ChartViewState;
  /** Redraw: the zoom or the period moved. */
  schedule(): void;
  onPeriod(period: Period | null): void;
}

export interface TimelineZoom {
  /** Zooms by `factor` around `centre` (chart x), or the chart's middle. */
  zoomBy(factor: number, centre?: number): void;
  /** Pans by `dx` chart pixels at the current zoom. */
  panBy(dx: number): void;
  zoomToRange(start: Date, end: Date): void;
  /** Puts the brush where the selected period is (after a zoom, or a period chosen elsewhere). */
  placeBrush(): void;
}

export function useTimelineZoom(options: ZoomOptions): TimelineZoom {
  const { surfaceRef, brushRef, extent, base, layout, width, chartWidth, view, schedule, onPeriod } = options;
  const zoomBehaviour = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const brushBehaviour = useRef<BrushBehavior<unknown> | null>(null);
  const currentX = useCallback(() => view.transform().rescaleX(base), [base, view]);

  const placeBrush = useCallback(() => {
    const g = brushRef.current;
    const brush = brushBehaviour.current;
    if (!g || !brush) return;
    const dates = view.periodDates();
    // Zooming with no period and no brush shown has nothing to move.
    if (!dates && brushSelection(g) === null) return;
    const x = currentX();
    brush.move(select(g), dates ? [x(dates[0]), x(dates[1])] : null);
  }, [brushRef, currentX, view]);

  useEffect(() => {
    const surface = surfaceRef.current;
    if (!surface || width === 0) return;
    const spanDays = (extent[1].getTime() - extent[0].getTime()) / 86_400_000;
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
        view.setTransform(event.transform);
        placeBrush();
        schedule();
      });
    zoomBehaviour.current = behaviour;
    const selection = select(surface);
    selection.call(behaviour).on('dblclick.zoom', null);
    selection.call(behaviour.transform, view.transform());
    return () => {
      selection.on('.zoom', null);
    };
  }, [surfaceRef, extent, chartWidth, layout.height, width, schedule, placeBrush, view]);

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
  }, [brushRef, chartWidth, layout.axis.height, width, currentX, onPeriod, placeBrush]);

  const zoomBy = useCallback(
    (factor: number, centre = chartWidth / 2) => {
      const surface = surfaceRef.current;
      if (surface && zoomBehaviour.current) zoomBehaviour.current.scaleBy(select(surface), factor, [centre, 0]);
    },
    [surfaceRef, chartWidth],
  );

  const panBy = useCallback(
    (dx: number) => {
      const surface = surfaceRef.current;
      if (surface && zoomBehaviour.current) zoomBehaviour.current.translateBy(select(surface), dx / view.transform().k, 0);
    },
    [surfaceRef, view],
  );

  const zoomToRange = useCallback(
    (start: Date, end: Date) => {
      const surface = surfaceRef.current;
      if (!surface || !zoomBehaviour.current) return;
      const k = chartWidth / Math.max(base(end) - base(start), 1);
      zoomBehaviour.current.transform(select(surface), zoomIdentity.scale(k).translate(-base(start), 0));
    },
    [surfaceRef, base, chartWidth],
  );

  return { zoomBy, panBy, zoomToRange, placeBrush };
}
