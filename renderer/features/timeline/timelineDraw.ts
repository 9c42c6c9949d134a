// Draws a timeline scene on a canvas: axis, today, versions, experiment bars, reflection density and the values-lived strip.
import type { ScaleTime } from 'd3-scale';
import { experimentStatuses, type ExperimentStatus } from '../../../shared/domain/timeline/lanes';
import { visibleWeekRange, type StripPixels } from './heatStrip';
import { versionLabel, type PreparedTimeline, type SceneItem, type TimelineScene, type TrackLayout } from './timelineScene';

/** A 2D context on the page or, in the painter worker, on an offscreen canvas: the drawing calls are the same. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface Palette {
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly surface: string;
  readonly accent: string;
  readonly focus: string;
  readonly grid: string;
  /** The UI font family, for canvas text. */
  readonly font: string;
  readonly status: Readonly<Record<ExperimentStatus, string>>;
}

/** Reads the theme's colours once per theme change: the canvas cannot use CSS variables itself. */
export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim() || '#888888';
  return {
    text: read('--text'),
    muted: read('--text-muted'),
    border: read('--border'),
    surface: read('--surface'),
    accent: read('--accent'),
    focus: read('--focus'),
    grid: read('--timeline-grid'),
    font: style.fontFamily,
    status: {
      idea: read('--status-idea'),
      planned: read('--status-planned'),
      running: read('--status-running'),
      concluded: read('--status-concluded'),
      dropped: read('--status-dropped'),
    },
  };
}

/** The strip's pixels on an image the canvas can copy from. */
export interface StripImage {
  readonly pixels: StripPixels;
  readonly image: CanvasImageSource;
}

/** Puts the strip's pixels on a small canvas of their own, once per data load. */
export function stripImage(pixels: StripPixels): StripImage | null {
  if (pixels.width === 0 || pixels.height === 0) return null;
  const canvas = new OffscreenCanvas(pixels.width, pixels.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const data = new ImageData(pixels.width, pixels.height);
  data.data.set(pixels.data);
  ctx.putImageData(data, 0, 0);
  return { pixels, image: canvas };
}

export interface LabelInput {
  readonly prepared: PreparedTimeline;
  readonly layout: TrackLayout;
  readonly gutter: number;
  readonly palette: Palette;
  readonly font: string;
}

export interface DrawInput {
  readonly prepared: PreparedTimeline;
  readonly scene: TimelineScene;
  readonly layout: TrackLayout;
  /** Instant -> pixels across the chart; `scale` is the same mapping as a d3 scale, for the axis ticks. */
  readonly x: (at: Date) => number;
  readonly scale: ScaleTime<number, number>;
  readonly width: number;
  readonly strip: StripImage | null;
  readonly palette: Palette;
  readonly focusKey: string | null;
  readonly hoverKey: string | null;
  readonly font: string;
  /** The brushed period, shaded across every lane. */
  readonly period: readonly [Date, Date] | null;
}

/** The lane names and value legend left of the chart: they do not move, so they are drawn on a canvas of their own. */
export function drawLaneLabels(ctx: Context2D, input: LabelInput): void {
  const { layout, palette, prepared, gutter } = input;
  ctx.clearRect(0, 0, gutter, layout.height);
  ctx.fillStyle = palette.muted;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.font = `600 11px ${input.font}`;
  const caps = (text: string, y: number) => ctx.fillText(text.toUpperCase(), 0, y);
  caps('Versions', layout.versions.top + layout.versions.height - 12);
  caps('Experiments', layout.experiments.top + Math.min(layout.experiments.rowHeight, layout.experiments.height) / 2);
  caps('Reflections', layout.reflections.top + layout.reflections.height / 2);
  ctx.font = `12px ${input.font}`;
  prepared.values.forEach((value, row) => {
    const y = layout.values.top + row * layout.values.rowHeight + layout.values.rowHeight / 2;
    ctx.fillStyle = value.colour;
    ctx.fillRect(0, y - 4, 8, 8);
    ctx.fillStyle = palette.text;
    let label = value.label;
    while (label.length > 3 && ctx.measureText(label).width > gutter - 24) label = `${label.slice(0, -2)}…`.replace(/……$/, '…');
    ctx.fillText(label, 14, y);
  });
}

function axis(ctx: Context2D, input: DrawInput): void {
  const { x, scale, layout, palette, width } = input;
  const ticks = scale.ticks(Math.max(2, Math.floor(width / 110)));
  const format = scale.tickFormat();
  ctx.font = `12px ${input.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const tick of ticks) {
    const px = Math.round(x(tick)) + 0.5;
    ctx.fillStyle = palette.grid;
    ctx.fillRect(px, layout.axis.height - 6, 1, layout.height - layout.axis.height + 6);
    ctx.fillStyle = palette.muted;
    ctx.fillText(format(tick), px, layout.axis.height / 2);
  }
  ctx.fillStyle = palette.border;
  ctx.fillRect(0, layout.axis.height - 0.5, width, 1);
}

function today(ctx: Context2D, input: DrawInput): void {
  const { scene, x, layout, palette } = input;
  if (!scene.today.inView) return;
  const px = Math.round(x(scene.today.start)) + 0.5;
  ctx.fillStyle = palette.accent;
  ctx.fillRect(px - 0.5, layout.axis.height, 2, layout.height - layout.axis.height);
  ctx.font = `700 11px ${input.font}`;
  ctx.textAlign = px > input.width - 50 ? 'right' : 'left';
  ctx.textBaseline = 'bottom';
  ctx.fillText('Today', px + (px > input.width - 50 ? -5 : 5), layout.height - 2);
}

/** Label widths by font and text: measuring the same labels on every frame would cost more than drawing them. */
const labelWidths = new Map<string, number>();

function labelWidth(ctx: Context2D, label: string): number {
  const key = `${ctx.font}\u0000${label}`;
  let width = labelWidths.get(key);
  if (width === undefined) {
    width = ctx.measureText(label).width;
    labelWidths.set(key, width);
  }
  return width;
}

function versions(ctx: Context2D, input: DrawInput): void {
  const { scene, layout, palette } = input;
  const y = layout.versions.top + layout.versions.height - 12;
  ctx.fillStyle = palette.border;
  ctx.fillRect(0, y - 0.5, input.width, 1);
  const shown = scene.markers.filter((marker) => marker.x >= -10 && marker.x <= input.width + 10);
  // All dots in one path: one fill and one stroke, however many versions there are.
  ctx.beginPath();
  for (const marker of shown) {
    ctx.moveTo(marker.x + 5.5, y);
    ctx.arc(marker.x, y, 5.5, 0, Math.PI * 2);
  }
  ctx.fillStyle = palette.surface;
  ctx.fill();
  ctx.lineWidth = 2.5;
  ctx.strokeStyle = palette.accent;
  ctx.stroke();
  ctx.font = `12px ${input.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillStyle = palette.text;
  for (const marker of shown) {
    if (!marker.showLabel) continue;
    const label = versionLabel(marker.version);
    const half = labelWidth(ctx, label) / 2;
    // Labels near either edge slide inwards rather than being cut off.
    ctx.fillText(label, Math.min(Math.max(marker.x, half), input.width - half), y - 10);
  }
}

function experiments(ctx: Context2D, input: DrawInput): void {
  const { scene, palette } = input;
  const byStatus = new Map<ExperimentStatus, SceneItem[]>();
  for (const item of scene.items.values()) {
    if (item.kind !== 'experiment' || item.x1 < 0 || item.x0 > input.width) continue;
    const status = input.prepared.placedById.get(item.id)?.experiment.status;
    if (!status) continue;
    const group = byStatus.get(status);
    if (group) group.push(item);
    else byStatus.set(status, [item]);
  }
  // One path and one fill per status colour rather than per bar.
  for (const status of experimentStatuses) {
    const bars = byStatus.get(status);
    if (!bars) continue;
    ctx.beginPath();
    for (const item of bars) {
      const x0 = Math.max(item.x0, -2);
      const x1 = Math.min(item.x1, input.width + 2);
      const w = Math.max(x1 - x0, 0);
      const h = Math.max(item.y1 - item.y0, 0);
      ctx.roundRect(x0, item.y0, w, h, Math.min(3, w / 2, h / 2));
    }
    ctx.globalAlpha = status === 'dropped' ? 0.55 : 1;
    ctx.fillStyle = palette.status[status];
    ctx.fill();
  }
  ctx.globalAlpha = 1;
  ctx.font = `11px ${input.font}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#ffffff';
  for (const bars of byStatus.values()) {
    for (const item of bars) {
      const x0 = Math.max(item.x0, -2);
      const room = Math.min(item.x1, input.width + 2) - x0 - 10;
      if (room <= 40 || item.y1 - item.y0 < 12) continue;
      const title = input.prepared.placedById.get(item.id)?.experiment.title ?? '';
      ctx.save();
      ctx.beginPath();
      ctx.rect(x0 + 5, item.y0, room, item.y1 - item.y0);
      ctx.clip();
      ctx.fillText(title, x0 + 5, (item.y0 + item.y1) / 2 + 0.5);
      ctx.restore();
    }
  }
}

function reflections(ctx: Context2D, input: DrawInput): void {
  const { scene, layout, palette, x } = input;
  const top = layout.reflections.top;
  const height = layout.reflections.height;
  ctx.fillStyle = palette.grid;
  ctx.fillRect(0, top + height - 0.5, input.width, 1);
  ctx.fillStyle = palette.accent;
  // Dots go into one path, filled once after the loop.
  const dots = new Path2D();
  for (const mark of scene.marks) {
    const x0 = x(mark.bin.start);
    const x1 = x(mark.bin.end);
    if (x1 < 0 || x0 > input.width) continue;
    if (mark.kind === 'dots') {
      const cx = (x0 + x1) / 2;
      for (let i = 0; i < mark.bin.count; i += 1) {
        const cy = top + height - 6 - i * 6;
        dots.moveTo(cx + 2.6, cy);
        dots.arc(cx, cy, 2.6, 0, Math.PI * 2);
      }
    } else {
      const barHeight = Math.max(3, mark.intensity * (height - 4));
      ctx.globalAlpha = 0.35 + 0.65 * mark.intensity;
      ctx.fillRect(x0 + 0.5, top + height - barHeight, Math.max(1, x1 - x0 - 1), barHeight);
    }
  }
  ctx.globalAlpha = 1;
  ctx.fill(dots);
}

/** Weeks wider than this are drawn one by one with a pixel of gap between them; narrower ones as one image. */
const WEEK_GAP_MIN_PX = 4;

function valuesLived(ctx: Context2D, input: DrawInput): void {
  const { prepared, layout, x, palette } = input;
  const rowHeight = layout.values.rowHeight;
  ctx.fillStyle = palette.grid;
  ctx.globalAlpha = 0.5;
  prepared.strip.rows.forEach((_row, index) => {
    ctx.fillRect(0, layout.values.top + index * rowHeight + 1, input.width, rowHeight - 2);
  });
  ctx.globalAlpha = 1;
  const strip = input.strip;
  const weeks = prepared.strip.weeks;
  const [first, end] = visibleWeekRange(weeks, input.scene.domain[0].getTime(), input.scene.domain[1].getTime());
  const firstWeek = weeks[first];
  const lastWeek = weeks[end - 1];
  if (!strip || !firstWeek || !lastWeek) return;
  const top = layout.values.top;
  const height = strip.pixels.height;
  const x0 = x(firstWeek.start);
  const x1 = x(lastWeek.end);
  const weekPx = (x1 - x0) / (end - first);
  if (weekPx <= WEEK_GAP_MIN_PX) {
    // Shrinking averages neighbouring weeks (so no lived week vanishes); stretching keeps each week's edges sharp.
    ctx.imageSmoothingEnabled = weekPx < 1;
    ctx.imageSmoothingQuality = 'medium';
    ctx.drawImage(strip.image, first, 0, end - first, height, x0, top, x1 - x0, height);
  } else {
    ctx.imageSmoothingEnabled = false;
    for (let week = first; week < end; week += 1) {
      const bin = weeks[week];
      if (!bin || strip.pixels.lived[week] !== 1) continue;
      const from = x(bin.start);
      ctx.drawImage(strip.image, week, 0, 1, height, from, top, Math.max(1, x(bin.end) - from - 1), height);
    }
  }
  ctx.imageSmoothingEnabled = true;
}

function period(ctx: Context2D, input: DrawInput): void {
  if (!input.period) return;
  const x0 = input.x(input.period[0]);
  const x1 = input.x(input.period[1]);
  ctx.fillStyle = input.palette.focus;
  ctx.globalAlpha = 0.08;
  ctx.fillRect(x0, input.layout.axis.height, x1 - x0, input.layout.height - input.layout.axis.height);
  ctx.globalAlpha = 0.5;
  ctx.fillRect(x0, input.layout.axis.height, 1, input.layout.height - input.layout.axis.height);
  ctx.fillRect(x1 - 1, input.layout.axis.height, 1, input.layout.height - input.layout.axis.height);
  ctx.globalAlpha = 1;
}

function ring(ctx: Context2D, input: DrawInput, key: string | null, colour: string, width: number): void {
  const item = key ? input.scene.items.get(key) : undefined;
  if (!item) return;
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  roundRect(ctx, item.x0 - 3, item.y0 - 3, item.x1 - item.x0 + 6, item.y1 - item.y0 + 6, 5);
  ctx.stroke();
}

function roundRect(ctx: Context2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, Math.max(w, 0), Math.max(h, 0), Math.min(r, w / 2, h / 2));
}

/** Draws the chart right of the lane labels; the context is in CSS pixels (the caller applies the device pixel ratio). */
export function drawTimeline(ctx: Context2D, input: DrawInput): void {
  // The card's own colour rather than transparency: an opaque canvas is cheaper to composite on every frame.
  ctx.fillStyle = input.palette.surface;
  ctx.fillRect(0, 0, input.width, input.layout.height);
  axis(ctx, input);
  period(ctx, input);
  valuesLived(ctx, input);
  reflections(ctx, input);
  experiments(ctx, input);
  versions(ctx, input);
  today(ctx, input);
  ring(ctx, input, input.hoverKey, input.palette.muted, 1.5);
  ring(ctx, input, input.focusKey, input.palette.focus, 2.5);
}
