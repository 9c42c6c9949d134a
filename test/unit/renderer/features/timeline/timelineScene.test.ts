// The timeline scene: the extent covers the data and today, every drawn item is hit-testable and reachable in keyboard order.
import { scaleTime } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import type { TimelineSummary } from '../../../../../shared/domain/timelineSummary';
import { buildScene, hitTest, linearTimeX, prepareTimeline, trackLayout, valuesOnTimeline, visibleDomain } from '../../../../../renderer/features/timeline/timelineScene';
import { describeItem } from '../../../../../renderer/features/timeline/timelineText';

const now = new Date(2025, 5, 15, 12);
const summary: TimelineSummary = {
  reflectionDays: [
    { date: '2024-01-10', count: 2 },
    { date: '2024-01-11', count: 1 },
    { date: '2024-09-01', count: 3 },
  ],
  valueWeeks: [
    { week: '2024-01-08', valueId: 'craft', count: 2 },
    { week: '2024-08-26', valueId: 'care', count: 1 },
  ],
  experiments: [
    { id: 'e1', title: 'Interviews', status: 'concluded', plannedStart: null, plannedEnd: null, actualStart: '2024-02-01', actualEnd: '2024-03-01' },
    { id: 'e2', title: 'Workshop', status: 'running', plannedStart: '2024-02-15', plannedEnd: null, actualStart: null, actualEnd: null },
  ],
  versions: [{ id: 'v1', createdAt: '2024-05-01T10:00:00.000Z', note: 'First sketch' }],
};
const values = [
  { id: 'craft', label: 'craft', colour: '#3d6b4f' },
  { id: 'care', label: 'care', colour: '#5b7fa8' },
];

function sceneAt(domain: [Date, Date], width = 800) {
  const prepared = prepareTimeline(summary, values, now);
  const layout = trackLayout(prepared.lanes.rowCount, prepared.values.length);
  const x = scaleTime().domain(domain).range([0, width]);
  return { prepared, layout, scene: buildScene(prepared, x, domain, width, layout, now) };
}

describe('linearTimeX', () => {
  it('places instants where a d3 time scale over the same range would', () => {
    const domain: [Date, Date] = [new Date(2024, 0, 1), new Date(2024, 6, 1)];
    const fast = linearTimeX(domain, 900);
    const d3 = scaleTime().domain(domain).range([0, 900]);
    for (const at of [domain[0], new Date(2024, 2, 31, 13), domain[1], new Date(2023, 5, 1)]) expect(fast(at)).toBeCloseTo(d3(at), 6);
  });
});

describe('visibleDomain', () => {
  it('is the range a zoomed and panned d3 time scale shows', () => {
    const extent: [Date, Date] = [new Date(2014, 0, 1), new Date(2026, 0, 1)];
    const base = scaleTime().domain(extent).range([0, 975]);
    for (const transform of [zoomIdentity, zoomIdentity.scale(3), zoomIdentity.translate(-420, 0).scale(17.5)]) {
      const expected = transform.rescaleX(base).domain();
      const [from, to] = visibleDomain(extent, transform, 975);
      expect(Math.abs(from.getTime() - expected[0]!.getTime())).toBeLessThan(2);
      expect(Math.abs(to.getTime() - expected[1]!.getTime())).toBeLessThan(2);
    }
  });
});

describe('valuesOnTimeline', () => {
  it('keeps current values and archived ones that were lived, and drops archived ones never lived', () => {
    const all = [
      { id: 'craft', label: 'craft', colour: '#3d6b4f', archivedAt: '2024-03-01T00:00:00.000Z' },
      { id: 'care', label: 'care', colour: '#5b7fa8', archivedAt: null },
      { id: 'fame', label: 'fame', colour: '#b0574a', archivedAt: '2024-03-01T00:00:00.000Z' },
    ];
    expect(valuesOnTimeline(summary, all).map((value) => value.id)).toEqual(['craft', 'care']);
  });
});

describe('prepareTimeline', () => {
  it('spans from before the first reflection to after today, and lanes overlapping experiments apart', () => {
    const prepared = prepareTimeline(summary, values, now);
    expect(prepared.extent[0].getTime()).toBeLessThan(new Date(2024, 0, 10).getTime());
    expect(prepared.extent[1].getTime()).toBeGreaterThan(now.getTime());
    expect(prepared.lanes.rowCount).toBe(2);
    expect(prepared.reflectionTotal).toBe(6);
    expect(prepared.strip.rows.map((row) => row.maxCount)).toEqual([2, 1]);
  });
});

describe('buildScene', () => {
  it('zoomed out, groups reflections into bins whose counts add up to every reflection', () => {
    const { prepared, scene } = sceneAt(prepareTimeline(summary, values, now).extent as [Date, Date], 600);
    expect(scene.bucket).not.toBe('day');
    expect(scene.marks.reduce((sum, mark) => sum + mark.bin.count, 0)).toBe(prepared.reflectionTotal);
  });

  it('zoomed in to days, draws single reflections as dots', () => {
    const { scene } = sceneAt([new Date(2024, 0, 5), new Date(2024, 0, 20)]);
    expect(scene.bucket).toBe('day');
    expect(scene.marks.map((mark) => [mark.kind, mark.bin.firstDay])).toEqual([
      ['dots', '2024-01-10'],
      ['dots', '2024-01-11'],
    ]);
  });

  it('puts every item in the keyboard order exactly once, earliest first', () => {
    const { scene } = sceneAt([new Date(2023, 11, 1), new Date(2025, 6, 1)]);
    const order = scene.order();
    expect([...order].sort()).toEqual([...scene.items.keys()].sort());
    expect(order.indexOf('experiment:e1')).toBeLessThan(order.indexOf('experiment:e2'));
    expect(order.indexOf('experiment:e2')).toBeLessThan(order.indexOf('version:v1'));
  });

  it('finds the item under the pointer, preferring a version dot over anything behind it', () => {
    const { scene, prepared } = sceneAt([new Date(2023, 11, 1), new Date(2025, 6, 1)]);
    const version = scene.items.get('version:v1');
    const bar = scene.items.get('experiment:e1');
    if (!version || !bar) throw new Error('missing items');
    expect(hitTest(scene, (version.x0 + version.x1) / 2, (version.y0 + version.y1) / 2)?.key).toBe('version:v1');
    expect(hitTest(scene, (bar.x0 + bar.x1) / 2, (bar.y0 + bar.y1) / 2)?.key).toBe('experiment:e1');
    expect(hitTest(scene, -50, -50)).toBeNull();
    expect(describeItem(prepared, scene, 'experiment:e2')).toMatch(/^Experiment “Workshop”, running, .* to ongoing$/);
    expect(describeItem(prepared, scene, 'version:v1')).toMatch(/First sketch$/);
  });
});
