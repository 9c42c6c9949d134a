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
});
