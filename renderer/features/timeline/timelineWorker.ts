// The timeline's painter, off the main thread: prepares the data it is sent and draws the chart on its canvas once per animation frame.
import { scaleTime } from 'd3-scale';
import type { TimeDomain } from '../../../shared/domain/timeline/calendar';
import { stripPixels } from './heatStrip';
import type { PaintedFrames, PaintView, ToPainter } from './paintProtocol';
import { drawTimeline, stripImage, type StripImage } from './timelineDraw';
import { buildScene, linearTimeX, prepareTimeline, trackLayout, type PreparedTimeline, type TrackLayout } from './timelineScene';

interface PainterScope {
  onmessage: ((event: MessageEvent<ToPainter>) => void) | null;
  postMessage(message: PaintedFrames): void;
}

/** Frames are reported this long after the last one (after a gesture, not during it), or once this many wait. */
const REPORT_AFTER_MS = 100;
const REPORT_AT_MOST = 120;

const scope = self as unknown as PainterScope;

let target: { canvas: OffscreenCanvas; mount: number } | null = null;
let data: { prepared: PreparedTimeline; layout: TrackLayout; strip: StripImage | null } | null = null;
let view: PaintView | null = null;
let requested = false;
let unreported: { mount: number; frames: (readonly [number, number])[] } | null = null;
let reportTimer: ReturnType<typeof setTimeout> | null = null;
/** The mount whose first frame has been reported: the page stops drawing the chart itself when that arrives. */
let announcedMount: number | null = null;

function report(): void {
  if (reportTimer !== null) clearTimeout(reportTimer);
  reportTimer = null;
  if (unreported) scope.postMessage({ kind: 'painted', ...unreported });
  unreported = null;
}

function painted(mount: number, frame: readonly [number, number]): void {
  if (unreported && unreported.mount !== mount) report();
  unreported ??= { mount, frames: [] };
  unreported.frames.push(frame);
  if (announcedMount !== mount || unreported.frames.length >= REPORT_AT_MOST) {
    announcedMount = mount;
    report();
    return;
  }
  if (reportTimer !== null) clearTimeout(reportTimer);
  reportTimer = setTimeout(report, REPORT_AFTER_MS);
}

function paint(): void {
  requested = false;
  const ctx = target?.canvas.getContext('2d', { alpha: false });
  if (!target || !ctx || !data || !view) return;
  const start = performance.now();
  const { canvas } = target;
  const width = Math.round(view.width * view.ratio);
  const height = Math.round(view.height * view.ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const domain: TimeDomain = [new Date(view.from), new Date(view.to)];
  const x = linearTimeX(domain, view.width);
  ctx.setTransform(view.ratio, 0, 0, view.ratio, 0, 0);
  drawTimeline(ctx, {
    prepared: data.prepared,
    scene: buildScene(data.prepared, x, domain, view.width, data.layout, new Date()),
    layout: data.layout,
    x,
    scale: scaleTime().domain(domain).range([0, view.width]),
    width: view.width,
    strip: data.strip,
    palette: view.palette,
    font: view.palette.font,
    focusKey: view.focusKey,
    hoverKey: view.hoverKey,
    period: view.period ? [new Date(view.period[0]), new Date(view.period[1])] : null,
  });
  painted(target.mount, [performance.timeOrigin + start, performance.timeOrigin + performance.now()]);
}

function request(): void {
  if (requested || !target || !data || !view) return;
  requested = true;
  requestAnimationFrame(paint);
}

scope.onmessage = ({ data: message }) => {
  switch (message.kind) {
    case 'canvas':
      target = { canvas: message.canvas, mount: message.mount };
      // The previous chart's view does not fit the new one: wait for its own.
      view = null;
      break;
    case 'data': {
      const prepared = prepareTimeline(message.summary, message.values, new Date(message.now));
      const layout = trackLayout(prepared.lanes.rowCount, prepared.values.length);
      const colours = prepared.values.map((value) => value.colour);
      data = { prepared, layout, strip: stripImage(stripPixels(prepared.strip, colours, layout.values.rowHeight)) };
      break;
    }
    case 'view':
      view = message.view;
      break;
  }
  request();
};
