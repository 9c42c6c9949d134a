// @vitest-environment jsdom
// A drag's live frames: moved, hidden and shown elements match the next frame; other shapes are left to React; revert restores.
import { describe, expect, it } from 'vitest';
import { liveDrawing, sameShape } from '../../../../../../renderer/features/strategy/venn/liveDrawing';
import type { SceneSlots } from '../../../../../../renderer/features/strategy/venn/sceneSlots';

const SVG_NS = 'http://www.w3.org/2000/svg';

function element(parent: Element, name: string, attributes: Record<string, string>): Element {
  const child = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) child.setAttribute(key, value);
  parent.append(child);
  return child;
}

/** An SVG as React draws a frame: a circle group, a label, two region targets (one undisplayed), the aspiration's five lines. */
function drawnSvg(): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  const group = element(svg, 'g', { 'data-value-id': 't' });
  element(group, 'circle', { class: 'venn-circle', cx: '100', cy: '100', r: '50' });
  element(group, 'circle', { class: 'venn-focus-ring', cx: '100', cy: '100', r: '55' });
  element(group, 'circle', { class: 'venn-resize-handle', cx: '135.35', cy: '135.35', r: '7' });
  element(element(svg, 'g', { 'data-label-id': 't', transform: 'translate(100 80)' }), 'line', { class: 'venn-label-leader', display: 'none' });
  element(svg, 'g', { 'data-region-key': 't', transform: 'translate(100 96)' });
  element(svg, 'g', { 'data-region-key': 'b\u001ft', display: 'none' });
  const text = element(element(svg, 'g', { 'data-aspiration-text': '', transform: 'translate(100 120)' }), 'text', {});
  for (const line of ['Helping', '', '', '', '']) element(text, 'tspan', {}).textContent = line;
  document.body.append(svg);
  return svg as SVGSVGElement;
}

const frame = (
  label: [number, number] | null,
  only: [number, number] | null,
  both: [number, number] | null,
  lines = ['Helping'],
  leaderTo: { x: number; y: number } | null = null,
  rim: { x: number; y: number } | null = null,
): SceneSlots => ({
  labels: [{ id: 't', label: 'Teaching', lines: ['Teaching'], colour: '#2f5a41', at: label && { x: label[0], y: label[1], box: { x: label[0], y: label[1], width: 80, height: 19 }, leader: rim } }],
  regions: [
    { key: 't', ids: ['t'], name: 'Teaching', count: 2, at: only && { x: only[0], y: only[1] } },
    { key: 'b\u001ft', ids: ['t', 'b'], name: 'Teaching and Building', count: 1, at: both && { x: both[0], y: both[1] } },
  ],
  aspiration: { lines, x: 100, y: 120, leaderTo, box: { x: 100, y: 130, width: 60, height: 20 } },
});

const state = (svg: SVGSVGElement) => [
  ...[...svg.querySelectorAll('[data-label-id], [data-region-key]')].map((node) => `${node.getAttribute('transform')}${node.getAttribute('display') === 'none' ? ' hidden' : ''}`),
  [...svg.querySelectorAll('tspan')].map((line) => line.textContent).join('|'),
];

describe('liveDrawing', () => {
  const rendered = frame([100, 80], [100, 96], null);

  it('moves what moved, shows what appeared and hides what went', () => {
    const svg = drawnSvg();
    const drawing = liveDrawing(svg, rendered);
    expect(drawing.moveTo(frame([90, 80], null, [130, 100]))).toBe(true);
    expect(state(svg)).toEqual(['translate(90 80)', 'null hidden', 'translate(130 100)', 'Helping||||']);
  });

  it('re-wraps the aspiration in its drawn lines', () => {
    const svg = drawnSvg();
    const drawing = liveDrawing(svg, rendered);
    expect(drawing.moveTo(frame([100, 80], [100, 96], null, ['Helping', 'teams', 'learn']))).toBe(true);
    expect(state(svg).at(-1)).toBe('Helping|teams|learn||');
    drawing.revert();
    expect(state(svg).at(-1)).toBe('Helping||||');
  });

  it('shows a label’s leader when the label goes outside its circle and hides it when it comes back in', () => {
    const svg = drawnSvg();
    const drawing = liveDrawing(svg, rendered);
    const leader = () => svg.querySelector('.venn-label-leader')!;
    // Out beside the rim at (100, 50): the leader runs from the box's lower edge up to the rim.
    expect(drawing.moveTo(frame([100, 20], [100, 96], null, ['Helping'], null, { x: 100, y: 50 }))).toBe(true);
    expect(leader().getAttribute('display')).toBeNull();
    expect(['x1', 'y1', 'x2', 'y2'].map((name) => Number(leader().getAttribute(name)))).toEqual([0, 9.5, 0, 30]);
    expect(drawing.moveTo(frame([100, 80], [100, 96], null))).toBe(true);
    expect(leader().getAttribute('display')).toBe('none');
    // Out again after a frame with no place at all: shown again.
    expect(drawing.moveTo(frame(null, [100, 96], null))).toBe(true);
    expect(drawing.moveTo(frame([100, 20], [100, 96], null, ['Helping'], null, { x: 100, y: 50 }))).toBe(true);
    expect(leader().getAttribute('display')).toBeNull();
    drawing.revert();
    expect(leader().getAttribute('display')).toBe('none');
  });

  it('draws the dragged circle with its focus ring and resize handle', () => {
    const svg = drawnSvg();
    liveDrawing(svg, rendered).drawCircle({ id: 't', x: 120, y: 90, r: 60 });
    const attributes = (selector: string, names: string[]) => names.map((name) => svg.querySelector(selector)?.getAttribute(name));
    expect(attributes('.venn-circle', ['cx', 'cy', 'r'])).toEqual(['120', '90', '60']);
    expect(attributes('.venn-focus-ring', ['cx', 'cy', 'r'])).toEqual(['120', '90', '65']);
    const [x, y] = attributes('.venn-resize-handle', ['cx', 'cy']).map(Number);
    expect(Math.hypot(x! - 120, y! - 90)).toBeCloseTo(60, 6);
  });

  it('keeps the circle, ring and handle right through moves and then a resize', () => {
    const svg = drawnSvg();
    const drawing = liveDrawing(svg, rendered);
    drawing.drawCircle({ id: 't', x: 120, y: 90, r: 60 });
    drawing.drawCircle({ id: 't', x: 130, y: 95, r: 60 });
    drawing.drawCircle({ id: 't', x: 130, y: 95, r: 72 });
    const attributes = (selector: string, names: string[]) => names.map((name) => Number(svg.querySelector(selector)?.getAttribute(name)));
    expect(attributes('.venn-circle', ['cx', 'cy', 'r'])).toEqual([130, 95, 72]);
    expect(attributes('.venn-focus-ring', ['cx', 'cy', 'r'])).toEqual([130, 95, 77]);
    const [x, y] = attributes('.venn-resize-handle', ['cx', 'cy']);
    expect(Math.hypot(x! - 130, y! - 95)).toBeCloseTo(72, 6);
  });

  it('touches nothing when the next frame differs in more than places, and reverts to what React drew', () => {
    const svg = drawnSvg();
    const before = state(svg);
    const drawing = liveDrawing(svg, rendered);
    drawing.moveTo(frame([90, 80], null, [130, 100]));
    const moved = state(svg);
    expect(drawing.moveTo(frame([95, 80], null, [130, 100], ['Helping', 'teams'], { x: 10, y: 10 }))).toBe(false);
    expect(drawing.moveTo(frame([95, 80], null, [130, 100], ['1', '2', '3', '4', '5', '6']))).toBe(false);
    expect(state(svg)).toEqual(moved);
    drawing.revert();
    expect(state(svg)).toEqual(before);
  });
});

describe('sameShape', () => {
  it('ignores places, which slots are shown, whether labels have leaders and how the aspiration wraps, but not names, counts or where the aspiration is set', () => {
    const base = frame([100, 80], [100, 96], null);
    expect(sameShape(base, frame(null, [1, 2], [3, 4], ['Helping', 'teams']))).toBe(true);
    expect(sameShape(base, frame([100, 20], [100, 96], null, ['Helping'], null, { x: 100, y: 50 }))).toBe(true);
    expect(sameShape(base, frame([100, 80], [100, 96], null, ['Helping'], { x: 1, y: 1 }))).toBe(false);
    expect(sameShape(base, { ...base, aspiration: null })).toBe(false);
    expect(sameShape(base, { ...base, regions: base.regions.map((slot) => ({ ...slot, count: slot.count + 1 })) })).toBe(false);
    expect(sameShape(base, { ...base, labels: [] })).toBe(false);
  });
});
