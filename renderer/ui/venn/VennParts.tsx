// SVG pieces every Venn figure shares (read-only figure, editor, comparisons): circle shapes, value labels, region badges, aspiration.
import { type Point } from '../../../shared/domain/venn/circle';
import { valueColourStyle } from '../valueColour';
import { type Box, LABEL_LINE_HEIGHT } from './labelPlacement';
import { LINE_HEIGHT, type SceneAspiration, type SceneRegion, type SceneValueLabel, type VennValueCircle } from './vennScene';

export function VennCircleShape({ circle }: { circle: VennValueCircle }) {
  return <circle className="venn-circle" cx={circle.x} cy={circle.y} r={circle.r} style={valueColourStyle(circle.colour)} />;
}

/**
 * Where a label or badge sits, as a translation of the group holding it: when a drag moves it, one attribute changes
 * and the text inside is not laid out again.
 */
export function placedAt(x: number, y: number): string {
  return `translate(${x} ${y})`;
}

/** The leader from a label's box (centred at x, y) to its rim point, relative to the box's centre: it starts at the box's edge. */
export function leaderLine(label: { readonly x: number; readonly y: number; readonly box: Box; readonly leader: Point | null }) {
  if (!label.leader) return null;
  const [dx, dy] = [label.leader.x - label.x, label.leader.y - label.y];
  const toEdge = Math.min(1, Math.abs(dx) > 0 ? label.box.width / 2 / Math.abs(dx) : Infinity, Math.abs(dy) > 0 ? label.box.height / 2 / Math.abs(dy) : Infinity);
  return { x1: dx * toEdge, y1: dy * toEdge, x2: dx, y2: dy };
}

/**
 * A value's name in its colour, on up to two lines centred on its place, with a leader to its rim when it sits outside
 * its circle; the full name is its tooltip. `hidden` keeps it drawn but unseen (the editor shows it again when it has room),
 * and `leaderSlot` draws the leader undisplayed while the label has none, so that a drag can show it without a render.
 */
export function VennValueLabel({ label, hidden = false, leaderSlot = false }: { label: SceneValueLabel; hidden?: boolean; leaderSlot?: boolean }) {
  const leader = leaderLine(label);
  const firstBaseline = -((label.lines.length - 1) * LABEL_LINE_HEIGHT) / 2 + 5;
  return (
    <g transform={hidden ? undefined : placedAt(label.x, label.y)} data-label-id={label.id} display={hidden ? 'none' : undefined}>
      <title>{label.label}</title>
      {(leader || leaderSlot) && <line className="venn-label-leader" {...leader} display={leader ? undefined : 'none'} style={valueColourStyle(label.colour)} />}
      <text className="venn-value-label" textAnchor="middle" style={valueColourStyle(label.colour)}>
        {label.lines.map((line, index) => (
          <tspan key={index} x={0} y={firstBaseline + index * LABEL_LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** A count badge drawn around the origin, for a caller that places it. */
export function VennBadgeShape({ count, selected = false }: { count: number; selected?: boolean }) {
  const text = String(count);
  const width = 12 + text.length * 7.5;
  return (
    <g className={`venn-badge${count === 0 ? ' venn-badge-empty' : ''}${selected ? ' venn-badge-selected' : ''}`}>
      <rect x={-width / 2} y={-10} width={width} height={20} rx={10} />
      <text y={4.5} textAnchor="middle">
        {text}
      </text>
    </g>
  );
}

/** A region's evidence count as a small badge at the region's spot. */
export function VennRegionBadge({ region }: { region: SceneRegion }) {
  return (
    <g transform={placedAt(region.x, region.y)}>
      <VennBadgeShape count={region.count} />
    </g>
  );
}

/** The aspiration's lines; `lineSlots` draws at least that many lines (blank at the end), for an editor to fill as it re-wraps. */
export function VennAspiration({ aspiration, lineSlots = 0 }: { aspiration: SceneAspiration; lineSlots?: number }) {
  const { leaderTo } = aspiration;
  const lines = [...aspiration.lines, ...Array<string>(Math.max(0, lineSlots - aspiration.lines.length)).fill('')];
  return (
    <g className={`venn-aspiration${leaderTo ? ' venn-aspiration-beside' : ''}`}>
      {leaderTo && <line className="venn-leader" x1={aspiration.x} y1={aspiration.y - 14} x2={leaderTo.x} y2={leaderTo.y} />}
      {leaderTo && <circle className="venn-leader-dot" cx={leaderTo.x} cy={leaderTo.y} r={3.5} />}
      <g transform={placedAt(aspiration.x, aspiration.y)} data-aspiration-text="">
        <text textAnchor="middle">
          {lines.map((line, index) => (
            <tspan key={index} x={0} dy={index === 0 ? 0 : LINE_HEIGHT}>
              {line}
            </tspan>
          ))}
        </text>
      </g>
    </g>
  );
}
