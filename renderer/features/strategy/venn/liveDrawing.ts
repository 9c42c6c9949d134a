// A drag's frames drawn straight onto the editor's SVG while only places change; anything else is React's to render.
import type { Circle } from '../../../../shared/domain/venn/circle';
import { leaderLine, placedAt } from '../../../ui/venn/VennParts';
import type { SceneAspiration } from '../../../ui/venn/vennScene';
import type { LabelPlace, Placed, SceneSlots } from './sceneSlots';
import { circleFittings } from './VennEditorParts';

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) =>
  a.length === b.length && a.every((item, index) => same(item, b[index]!));

/** Both without an aspiration, or both with one set the same way (inside the diagram, or beside it with a leader). */
const sameAspirationSetting = (a: SceneAspiration | null, b: SceneAspiration | null) =>
  a === null || b === null ? a === b : (a.leaderTo === null) === (b.leaderTo === null);

/** Whether two frames hold the same slots and set the aspiration the same way, wherever they sit and however it wraps. */
export function sameShape(a: SceneSlots, b: SceneSlots): boolean {
  return (
    sameList(a.labels, b.labels, (x, y) => x.id === y.id && x.label === y.label && x.colour === y.colour) &&
    sameList(a.regions, b.regions, (x, y) => x.key === y.key && x.name === y.name && x.count === y.count) &&
    sameAspirationSetting(a.aspiration, b.aspiration)
  );
}

const samePlace = (a: Placed | null, b: Placed | null) => a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y);

function setAttributes(element: Element | null, attributes: Record<string, number | string>): void {
  for (const [name, value] of Object.entries(attributes)) element?.setAttribute(name, String(value));
}

/** Shows a slot's element at its new place, or hides it as React draws an unplaced slot (undisplayed, unplaced). */
function place(element: Element | null, before: Placed | null, after: Placed | null): void {
  if (!element || samePlace(before, after)) return;
  if (!after) {
    element.setAttribute('display', 'none');
    element.removeAttribute('transform');
    return;
  }
  element.setAttribute('transform', placedAt(after.x, after.y));
  if (!before) element.removeAttribute('display');
}

/** The SVG elements a drag moves, looked up once per drawing rather than on every frame. */
function sceneElements(svg: SVGSVGElement) {
  const byData = (attribute: string, key: 'labelId' | 'regionKey' | 'valueId') =>
    new Map([...svg.querySelectorAll<SVGElement>(`[${attribute}]`)].map((element) => [element.dataset[key] ?? '', element]));
  return {
    circles: byData('data-value-id', 'valueId'),
    labels: byData('data-label-id', 'labelId'),
    regions: byData('data-region-key', 'regionKey'),
    aspiration: svg.querySelector('[data-aspiration-text]'),
    aspirationLines: [...svg.querySelectorAll('[data-aspiration-text] tspan')],
    leader: svg.querySelector('.venn-leader'),
    leaderDot: svg.querySelector('.venn-leader-dot'),
  };
}

/**
 * A label moves as a badge does, and its leader is redrawn to the rim's new place, shown when the label goes outside
 * its circle and hidden when it comes back in (the editor draws every label's leader, undisplayed while it has none).
 */
function placeLabel(element: Element | null, before: LabelPlace | null, after: LabelPlace | null): void {
  place(element, before, after);
  const leader = element?.querySelector('.venn-label-leader');
  if (!leader) return;
  if (!after?.leader) {
    if (leader.getAttribute('display') !== 'none') leader.setAttribute('display', 'none');
    return;
  }
  if (before?.leader && samePlace(before, after) && samePlace(before.leader, after.leader)) return;
  const line = leaderLine({ x: after.x, y: after.y, box: after.box, leader: after.leader });
  if (line) setAttributes(leader, line);
  if (leader.hasAttribute('display')) leader.removeAttribute('display');
}

/** Moves the elements drawn for one frame to another frame of the same shape (re-wrapping the aspiration's lines in place): only what changed is touched. */
function moveScene(elements: ReturnType<typeof sceneElements>, from: SceneSlots, to: SceneSlots): void {
  to.labels.forEach((slot, index) => placeLabel(elements.labels.get(slot.id) ?? null, from.labels[index]!.at, slot.at));
  to.regions.forEach((slot, index) => place(elements.regions.get(slot.key) ?? null, from.regions[index]!.at, slot.at));
  const [before, after] = [from.aspiration, to.aspiration];
  if (!before || !after) return;
  if (before.x !== after.x || before.y !== after.y) elements.aspiration?.setAttribute('transform', placedAt(after.x, after.y));
  if (!sameList(before.lines, after.lines, (x, y) => x === y)) {
    elements.aspirationLines.forEach((line, index) => {
      const text = after.lines[index] ?? '';
      if (line.textContent !== text) line.textContent = text;
    });
  }
  if (after.leaderTo && !(samePlace(before.leaderTo, after.leaderTo) && before.x === after.x && before.y === after.y)) {
    setAttributes(elements.leader, { x1: after.x, y1: after.y - 14, x2: after.leaderTo.x, y2: after.leaderTo.y });
    setAttributes(elements.leaderDot, { cx: after.leaderTo.x, cy: after.leaderTo.y });
  }
}

/** A value's circle, focus ring and resize handle: what a drag of it redraws. */
function circleParts(group: Element) {
  return { circle: group.querySelector('.venn-circle'), ring: group.querySelector('.venn-focus-ring'), handle: group.querySelector('.venn-resize-handle') };
}

/**
 * Puts a value's circle, focus ring and resize handle where the circle now is, setting only what changed since
 * `before` (what this drawing last drew for it; undefined when it has not drawn it yet): a move leaves every radius alone.
 */
function drawCircle(parts: ReturnType<typeof circleParts>, before: Circle | undefined, circle: Circle): void {
  const moved = !before || before.x !== circle.x || before.y !== circle.y;
  const resized = !before || before.r !== circle.r;
  const { ring, handle } = circleFittings(circle);
  if (moved) {
    setAttributes(parts.circle, { cx: circle.x, cy: circle.y });
    setAttributes(parts.ring, { cx: ring.cx, cy: ring.cy });
  }
  if (resized) {
    setAttributes(parts.circle, { r: circle.r });
    setAttributes(parts.ring, { r: ring.r });
  }
  if (moved || resized) setAttributes(parts.handle, handle);
}

/**
 * A drag's frames, drawn from the frame React last rendered. `drawCircle` puts the dragged circle in place (React draws
 * it again when the drag ends). `moveTo` moves labels, badges and the aspiration and returns true when the next frame
 * differs only in places; otherwise it touches nothing and returns false, and the caller `revert`s them (so the SVG
 * again shows what React last rendered) and renders the next frame through React.
 */
export function liveDrawing(svg: SVGSVGElement, rendered: SceneSlots) {
  const elements = sceneElements(svg);
  const parts = new Map<string, ReturnType<typeof circleParts>>();
  const drawn = new Map<string, Circle>();
  let shown = rendered;
  return {
    drawCircle(circle: Circle): void {
      const group = elements.circles.get(circle.id);
      if (!group) return;
      if (!parts.has(circle.id)) parts.set(circle.id, circleParts(group));
      drawCircle(parts.get(circle.id)!, drawn.get(circle.id), circle);
      drawn.set(circle.id, circle);
    },
    moveTo(next: SceneSlots): boolean {
      if (!sameShape(shown, next) || (next.aspiration?.lines.length ?? 0) > elements.aspirationLines.length) return false;
      moveScene(elements, shown, next);
      shown = next;
      return true;
    },
    revert(): void {
      moveScene(elements, shown, rendered);
      shown = rendered;
    },
  };
}

export type LiveDrawing = ReturnType<typeof liveDrawing>;
