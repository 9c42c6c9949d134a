// @vitest-environment jsdom
// The read-only figure draws one circle per value with its label, the aspiration, counts when given, and a spoken summary.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tidyLayout } from '../../../../../shared/domain/venn/tidyLayout';
import { VennFigure } from '../../../../../renderer/ui/venn/VennFigure';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const labels: Record<string, string> = { t: 'Teaching', b: 'Building', c: 'Connecting people' };
const circles = tidyLayout(['t', 'b', 'c'], 720, 460).map((circle) => ({ ...circle, label: labels[circle.id] ?? '', colour: '#25507a' }));

describe('VennFigure', () => {
  it('draws each value, the aspiration and the evidence counts, and describes the overlaps', () => {
    act(() =>
      root.render(
        <VennFigure
          circles={circles}
          width={720}
          height={460}
          aspiration="Helping teams learn"
          counts={[{ ids: ['t', 'b'], count: 3 }]}
          title="Strategy on 3 March 2026"
        />,
      ),
    );
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toMatch(/^Strategy on 3 March 2026\. Values: Teaching, Building, Connecting people\. Teaching overlaps Building and Connecting people\./);
    expect(svg?.getAttribute('aria-label')).toContain('Aspiration: Helping teams learn.');
    expect(container.querySelectorAll('circle.venn-circle')).toHaveLength(3);
    const text = [...container.querySelectorAll('text')].map((node) => node.textContent);
    expect(text).toEqual(expect.arrayContaining(['Teaching', 'Building', 'Connecting people', '3']));
    const aspirationLines = [...container.querySelectorAll('.venn-aspiration tspan')].map((node) => node.textContent);
    expect(aspirationLines.join(' ')).toBe('Helping teams learn');
  });

  it('shows no counts for a figure without evidence (a past version)', () => {
    act(() => root.render(<VennFigure circles={circles} width={720} height={460} title="Version" />));
    expect(container.querySelectorAll('.venn-badge')).toHaveLength(0);
  });

  it('frames a lone circle saved against the top edge, and labels set outside the canvas, whole', () => {
    const lone = [{ id: 't', x: 300, y: 120, r: 120, label: 'Teaching', colour: '#25507a' }];
    act(() => root.render(<VennFigure circles={lone} width={600} height={440} title="Version 1 of 1" />));
    const [x, y, width, height] = (container.querySelector('svg')?.getAttribute('viewBox') ?? '').split(' ').map(Number) as [number, number, number, number];
    // The rim's stroke (2 units wide) reaches a unit above the canvas: the frame starts above it.
    expect(y).toBeLessThanOrEqual(-2);
    expect(x).toBe(0);
    expect(x + width).toBe(600);
    expect(y + height).toBeGreaterThanOrEqual(440);
  });
});
