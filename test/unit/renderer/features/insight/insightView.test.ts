// Insight's view helpers: its windows of time, the chart's columns and bars, and the reflections a chosen figure lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeInsight } from '../../../../../shared/domain/insight/insight';
import { insightPeriods } from '../../../../../shared/domain/insight/insightSchema';
import { periodsCovering } from '../../../../../shared/domain/insight/periods';
import { chartLayout } from '../../../../../renderer/features/insight/chartGeometry';
import { selectedEntries } from '../../../../../renderer/features/insight/insightSelection';
import { insightWindow, periodsPerWindow } from '../../../../../renderer/features/insight/insightWindow';
import { entry, names } from '../../../shared/domain/insight/insightFixtures';

describe('insightWindow', () => {
  it('ends with the period holding today, and steps back by whole windows that meet without a gap', () => {
    expect(insightWindow('week', '2024-03-06', 0)).toEqual({ from: '2023-12-11', to: '2024-03-10' });
    expect(insightWindow('week', '2024-03-06', -1)).toEqual({ from: '2023-09-11', to: '2023-12-10' });
    expect(insightWindow('month', '2024-03-06', 0)).toEqual({ from: '2023-04-01', to: '2024-03-31' });
    expect(insightWindow('quarter', '2024-03-06', -1)).toEqual({ from: '2020-04-01', to: '2022-03-31' });
  });

  it('always covers exactly its number of periods', () => {
    fc.assert(
      fc.property(fc.constantFrom(...insightPeriods), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -20, max: 0 }), (period, day, offset) => {
        const today = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
        const window = insightWindow(period, today, offset);
        expect(periodsCovering(period, window.from, window.to)).toHaveLength(periodsPerWindow[period]);
      }),
    );
  });
});

describe('chartLayout', () => {
  const periods = computeInsight(
    [entry('2024-03-04', { energy: 5, engagement: 1 }), entry('2024-03-12', { engagement: 3 })],
    names,
    { period: 'week', from: '2024-03-04', to: '2024-03-24' },
  ).periods;

  it('draws taller bars for higher means, and no bar where nothing was rated', () => {
    const layout = chartLayout(periods, { width: 600, height: 220 });
    const [first, second, third] = layout.columns;
    expect(first?.energy && first.engagement && first.energy.height > first.engagement.height * 4).toBe(true);
    expect(second?.energy).toBeNull();
    expect(second?.engagement?.height).toBeGreaterThan(0);
    expect(third?.energy).toBeNull();
    expect(third?.engagement).toBeNull();
  });

  it('keeps every column inside the plot, side by side in time order', () => {
    const layout = chartLayout(periods, { width: 320, height: 200 });
    let right = layout.plotLeft;
    for (const column of layout.columns) {
      expect(column.x).toBeGreaterThanOrEqual(right - 1e-9);
      right = column.x + column.width;
    }
    expect(right).toBeLessThanOrEqual(layout.plotRight + 1e-9);
  });

  it('thins the period labels on a narrow chart so they never overlap', () => {
    const many = computeInsight([], names, { period: 'week', from: '2024-01-01', to: '2024-12-29' }).periods;
    const layout = chartLayout(many, { width: 400, height: 200 }, 48);
    const step = layout.columns[1]!.x - layout.columns[0]!.x;
    expect(step * layout.labelEvery).toBeGreaterThanOrEqual(48);
  });
});

describe('selectedEntries', () => {
  const summary = computeInsight(
    [
      entry('2024-03-04', { title: 'Workshop', energy: 5, valueIds: ['teaching'] }),
      entry('2024-03-05', { title: 'Budget review', energy: 2 }),
      entry('2024-03-13', { title: 'Mentoring', energy: 4, valueIds: ['teaching'] }),
    ],
    names,
    { period: 'week', from: '2024-03-04', to: '2024-03-17' },
  );

  it('lists a week’s reflections, newest first, under a title saying what they are', () => {
    const listed = selectedEntries(summary, { kind: 'period', firstDay: '2024-03-04' }, (firstDay) => `Week of ${firstDay}`);
    expect(listed?.title).toBe('Week of 2024-03-04: 2 reflections');
    expect(listed?.entries.map((listed) => listed.title)).toEqual(['Budget review', 'Workshop']);
  });

  it('lists a value’s reflections, and nothing once the summary no longer has the figure', () => {
    expect(selectedEntries(summary, { kind: 'value', valueId: 'teaching' }, String)?.entries.map((listed) => listed.title)).toEqual(['Mentoring', 'Workshop']);
    expect(selectedEntries(summary, { kind: 'period', firstDay: '2023-01-02' }, String)).toBeNull();
    expect(selectedEntries(summary, { kind: 'sentence', factorKind: 'value', id: 'teaching', measure: 'energy' }, String)).toBeNull();
  });
});
