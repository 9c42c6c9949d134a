// Draws a timeline scene on a canvas: axis, today, versions, experiment bars, reflection density and the values-lived strip.
import type { ScaleTime } from 'd3-scale';
import type { ExperimentStatus } from '../../../shared/domain/timeline/lanes';
import { versionLabel, type PreparedTimeline, type TimelineScene, type TrackLayout } from './timelineScene';

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

export interface DrawInput {
  readonly prepared: PreparedTimeline;
  readonly scene: TimelineScene;
  readonly layout: TrackLayout;
  readonly x: ScaleTime<number, number>;
  readonly width: number;
  readonly gutter: number;
  readonly palette: Palette;
  readonly focusKey: string | null;
  readonly hoverKey: string | null;
  readonly font: string;
  /** The brushed period, shaded across every lane. */
  readonly period: readonly [Date, Date] | null;
}

function laneLabels(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const { layout, palette, prepared, gutter } = input;
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

function axis(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const { x, layout, palette, width } = input;
  const ticks = x.ticks(Math.max(2, Math.floor(width / 110)));
  const format = x.tickFormat();
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

function today(ctx: CanvasRenderingContext2D, input: DrawInput): void {
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

function versions(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const { scene, layout, palette } = input;
  const y = layout.versions.top + layout.versions.height - 12;
  ctx.fillStyle = palette.border;
  ctx.fillRect(0, y - 0.5, input.width, 1);
  ctx.font = `12px ${input.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  for (const marker of scene.markers) {
    if (marker.x < -10 || marker.x > input.width + 10) continue;
    ctx.beginPath();
    ctx.arc(marker.x, y, 5.5, 0, Math.PI * 2);
    ctx.fillStyle = palette.surface;
    ctx.fill();
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = palette.accent;
    ctx.stroke();
    if (marker.showLabel) {
      const label = versionLabel(marker.version);
      const half = ctx.measureText(label).width / 2;
      ctx.fillStyle = palette.text;
      // Labels near either edge slide inwards rather than being cut off.
      ctx.fillText(label, Math.min(Math.max(marker.x, half), input.width - half), y - 10);
    }
  }
}

function experiments(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const { scene, palette } = input;
  ctx.font = `11px ${input.font}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  for (const item of scene.items.values()) {
    if (item.kind !== 'experiment' || item.x1 < 0 || item.x0 > input.width) continue;
    const placed = input.prepared.placedById.get(item.id);
    if (!placed) continue;
    const colour = palette.status[placed.experiment.status];
    const x0 = Math.max(item.x0, -2);
    const x1 = Math.min(item.x1, input.width + 2);
    ctx.globalAlpha = placed.experiment.status === 'dropped' ? 0.55 : 1;
    ctx.fillStyle = colour;
    roundRect(ctx, x0, item.y0, x1 - x0, item.y1 - item.y0, 3);
    ctx.fill();
    ctx.globalAlpha = 1;
    const room = x1 - x0 - 10;
    if (room > 40 && item.y1 - item.y0 >= 12) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(x0 + 5, item.y0, room, item.y1 - item.y0);
      ctx.clip();
      ctx.fillStyle = '#ffffff';
      ctx.fillText(placed.experiment.title, x0 + 5, (item.y0 + item.y1) / 2 + 0.5);
      ctx.restore();
    }
  }
}

function reflections(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const { scene, layout, palette, x } = input;
  const top = layout.reflections.top;
  const height = layout.reflections.height;
  ctx.fillStyle = palette.grid;
  ctx.fillRect(0, top + height - 0.5, input.width, 1);
  ctx.fillStyle = palette.accent;
  for (const mark of scene.marks) {
    const x0 = x(mark.bin.start);
    const x1 = x(mark.bin.end);
    if (x1 < 0 || x0 > input.width) continue;
    if (mark.kind === 'dots') {
      const cx = (x0 + x1) / 2;
      for (let i = 0; i < mark.bin.count; i += 1) {
        ctx.beginPath();
        ctx.arc(cx, top + height - 6 - i * 6, 2.6, 0, Math.PI * 2);
        ctx.fill();
      }
    } else {
      const barHeight = Math.max(3, mark.intensity * (height - 4));
      ctx.globalAlpha = 0.35 + 0.65 * mark.intensity;
      ctx.fillRect(x0 + 0.5, top + height - barHeight, Math.max(1, x1 - x0 - 1), barHeight);
    }
  }
  ctx.globalAlpha = 1;
}

function valuesLived(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const { prepared, layout, x } = input;
  const from = input.scene.domain[0].getTime();
  const to = input.scene.domain[1].getTime();
  const weeks = prepared.strip.weeks;
  // Weeks are sorted: skip to the first visible one rather than testing all of them.
  let first = 0;
  let lo = 0;
  let hi = weeks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((weeks[mid]?.end.getTime() ?? 0) <= from) lo = mid + 1;
    else hi = mid;
  }
  first = lo;
  prepared.strip.rows.forEach((row, index) => {
    const colour = prepared.values[index]?.colour ?? input.palette.accent;
    const y = layout.values.top + index * layout.values.rowHeight + 1;
    const h = layout.values.rowHeight - 2;
    ctx.fillStyle = input.palette.grid;
    ctx.globalAlpha = 0.5;
    ctx.fillRect(0, y, input.width, h);
    ctx.fillStyle = colour;
    for (let w = first; w < row.cells.length; w += 1) {
      const cell = row.cells[w];
      if (!cell) break;
      if (cell.week.start.getTime() > to) break;
      if (cell.count === 0) continue;
      const x0 = x(cell.week.start);
      const x1 = x(cell.week.end);
      ctx.globalAlpha = 0.2 + 0.8 * cell.intensity;
      ctx.fillRect(x0, y, Math.max(1, x1 - x0 - (x1 - x0 > 4 ? 1 : 0)), h);
    }
  });
  ctx.globalAlpha = 1;
}

function period(ctx: CanvasRenderingContext2D, input: DrawInput): void {
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

function ring(ctx: CanvasRenderingContext2D, input: DrawInput, key: string | null, colour: string, width: number): void {
  const item = key ? input.scene.items.get(key) : undefined;
  if (!item) return;
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  roundRect(ctx, item.x0 - 3, item.y0 - 3, item.x1 - item.x0 + 6, item.y1 - item.y0 + 6, 5);
  ctx.stroke();
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, Math.max(w, 0), Math.max(h, 0), Math.min(r, w / 2, h / 2));
}

/** Draws the whole timeline; the context is in CSS pixels (the caller applies the device pixel ratio). */
export function drawTimeline(ctx: CanvasRenderingContext2D, input: DrawInput): void {
  const totalWidth = input.width + input.gutter;
  ctx.clearRect(0, 0, totalWidth + 20, input.layout.height);
  laneLabels(ctx, input);
  ctx.save();
  ctx.translate(input.gutter, 0);
  ctx.beginPath();
  ctx.rect(0, 0, input.width, input.layout.height);
  ctx.clip();
  axis(ctx, input);
  period(ctx, input);
  valuesLived(ctx, input);
  reflections(ctx, input);
  experiments(ctx, input);
  versions(ctx, input);
  today(ctx, input);
  ring(ctx, input, input.hoverKey, input.palette.muted, 1.5);
  ring(ctx, input, input.focusKey, input.palette.focus, 2.5);
  ctx.restore();
}
