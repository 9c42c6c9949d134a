// Experiment lanes never overlap and use as few rows as possible; version labels never collide; today's marker.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../../../../shared/domain/timeline/calendar';
import {
  experimentDays,
  layoutVersionMarkers,
  packExperimentLanes,
  todayMarker,
  type ExperimentSpanInput,
} from '../../../../../shared/domain/timeline/lanes';

const today = '2024-06-15';

function experiment(id: string, fields: Partial<ExperimentSpanInput> = {}): ExperimentSpanInput {
  return { id, title: `Experiment ${id}`, status: 'running', ...fields };
}

describe('experimentDays', () => {
  it('prefers what actually happened over the plan', () => {
    const days = experimentDays(
      experiment('a', { plannedStart: '2024-01-01', plannedEnd: '2024-02-01', actualStart: '2024-01-10', actualEnd: '2024-03-01' }),
      today,
    );
    expect(days).toEqual({ firstDay: '2024-01-10', lastDay: '2024-03-01', openEnded: false });
  });

  it('runs an experiment without an end to today, and to its start if that is still ahead', () => {
    expect(experimentDays(experiment('a', { actualStart: '2024-06-01' }), today)).toEqual({
      firstDay: '2024-06-01',
      lastDay: today,
      openEnded: true,
    });
    expect(experimentDays(experiment('b', { plannedStart: '2024-07-01', plannedEnd: null }), today)).toEqual({
      firstDay: '2024-07-01',
      lastDay: '2024-07-01',
      openEnded: true,
    });
  });

  it('runs a late-started experiment on to today rather than stopping at its stale planned end', () => {
    expect(
      experimentDays(experiment('a', { plannedStart: '2024-01-01', plannedEnd: '2024-01-31', actualStart: '2024-02-05' }), today),
    ).toEqual({ firstDay: '2024-02-05', lastDay: today, openEnded: true });
  });

  it('draws an actual end typed before the start as a single day', () => {
    expect(experimentDays(experiment('a', { actualStart: '2024-03-05', actualEnd: '2024-03-01' }), today)).toEqual({
      firstDay: '2024-03-05',
      lastDay: '2024-03-05',
      openEnded: false,
    });
  });

  it('has nothing to draw for an idea without dates', () => {
    expect(experimentDays(experiment('a', { status: 'idea' }), today)).toBeNull();
  });
});

describe('packExperimentLanes', () => {
  it('shares a lane only between experiments that do not share a day', () => {
    const lanes = packExperimentLanes(
      [
        experiment('late', { plannedStart: '2024-03-02', plannedEnd: '2024-03-31' }),
        experiment('first', { actualStart: '2024-01-01', actualEnd: '2024-03-01' }),
        experiment('same-day', { actualStart: '2024-03-01', actualEnd: '2024-03-10' }),
        experiment('idea', { status: 'idea' }),
      ],
      today,
    );
    expect(lanes.rowCount).toBe(2);
    expect(lanes.placed.map((placed) => [placed.experiment.id, placed.row])).toEqual([
      ['first', 0],
      ['same-day', 1],
      ['late', 0],
    ]);
    expect(lanes.unscheduled.map((idea) => idea.id)).toEqual(['idea']);
  });

  it('gives a one-day experiment a full day of width', () => {
    const [placed] = packExperimentLanes([experiment('a', { actualStart: '2024-03-05', actualEnd: '2024-03-05' })], today).placed;
    expect(placed?.start).toEqual(parseCalendarDate('2024-03-05'));
    expect(placed?.end).toEqual(parseCalendarDate('2024-03-06'));
  });

  const dayOf = (offset: number): string => {
    const date = new Date(2024, 0, 1 + offset);
    return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  };
  const experimentsArb = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }), fc.boolean()), { maxLength: 40 })
    .map((rows) =>
      rows.map(([startOffset, length, openEnded], index) =>
        experiment(`e${index}`, {
          actualStart: dayOf(startOffset),
          actualEnd: openEnded ? undefined : dayOf(startOffset + length),
        }),
      ),
    );

  it('never puts overlapping experiments in one lane, and uses exactly the most that overlap on any day', () => {
    fc.assert(
      fc.property(experimentsArb, (experiments) => {
        const lanes = packExperimentLanes(experiments, dayOf(45));
        for (const a of lanes.placed) {
          for (const b of lanes.placed) {
            if (a !== b && a.row === b.row) expect(a.lastDay < b.firstDay || b.lastDay < a.firstDay).toBe(true);
          }
        }
        let maxOverlap = 0;
        for (let offset = 0; offset <= 90; offset += 1) {
          const onDay = lanes.placed.filter((placed) => placed.firstDay <= dayOf(offset) && dayOf(offset) <= placed.lastDay);
          maxOverlap = Math.max(maxOverlap, onDay.length);
        }
        expect(lanes.rowCount).toBe(maxOverlap);
      }),
    );
  });

  it('places the same experiments in the same lanes whatever order they arrive in', () => {
    const withShuffledCopy = experimentsArb.chain((experiments) =>
      fc.tuple(fc.constant(experiments), fc.shuffledSubarray(experiments, { minLength: experiments.length })),
    );
    const rowsOf = (list: ExperimentSpanInput[]): Array<[string, number]> =>
      packExperimentLanes(list, dayOf(45)).placed.map((placed) => [placed.experiment.id, placed.row]);
    fc.assert(
      fc.property(withShuffledCopy, ([experiments, shuffled]) => {
        expect(rowsOf(shuffled)).toEqual(rowsOf(experiments));
      }),
    );
  });
});

describe('layoutVersionMarkers', () => {
  const version = (id: string, createdAt: string) => ({ id, createdAt, note: `note ${id}` });

  it('labels the newest version and drops older labels that would collide with it', () => {
    const positions = new Map([
      [Date.parse('2024-01-01T10:00:00Z'), 0],
      [Date.parse('2024-02-01T10:00:00Z'), 30],
      [Date.parse('2024-03-01T10:00:00Z'), 100],
    ]);
    const markers = layoutVersionMarkers(
      [version('c', '2024-03-01T10:00:00Z'), version('a', '2024-01-01T10:00:00Z'), version('b', '2024-02-01T10:00:00Z')],
      {
        x: (at) => positions.get(at.getTime()) ?? Number.NaN,
        labelWidth: () => 40,
        minGapPx: 8,
      },
    );
    expect(markers.map((marker) => [marker.version.id, marker.x, marker.showLabel])).toEqual([
      ['a', 0, false],
      ['b', 30, true],
      ['c', 100, true],
    ]);
  });

  it('hides labels of markers outside the view so they do not crowd out visible ones', () => {
    const markers = layoutVersionMarkers([version('old', '2024-01-01T00:00:00Z'), version('new', '2024-01-02T00:00:00Z')], {
      x: (at) => (at.getUTCDate() === 1 ? 10 : 900),
      labelWidth: () => 40,
      visibleRangePx: [0, 500],
    });
    expect(markers.map((marker) => marker.showLabel)).toEqual([true, false]);
  });

  it('never shows two labels that overlap or sit closer than the gap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 10, max: 120 })), { minLength: 1, maxLength: 30 }),
        (specs) => {
          const versions = specs.map(([x, width], index) => ({
            ...version(`v${index}`, new Date(Date.UTC(2024, 0, 1, 0, index)).toISOString()),
            px: x,
            width,
          }));
          const markers = layoutVersionMarkers(versions, {
            x: (at) => versions[at.getUTCMinutes()]?.px ?? 0,
            labelWidth: (v) => v.width,
            minGapPx: 6,
          });
          const shown = markers.filter((marker) => marker.showLabel);
          expect(shown.at(-1)?.version.id).toBe(`v${specs.length - 1}`);
          for (const a of shown) {
            for (const b of shown) {
              if (a === b) continue;
              const apart = Math.abs(a.x - b.x) - (a.version.width + b.version.width) / 2;
              expect(apart).toBeGreaterThanOrEqual(6);
            }
          }
        },
      ),
    );
  });
});

describe('todayMarker', () => {
  it('spans today’s local day and knows whether it is in view', () => {
    const now = new Date(2024, 5, 15, 14, 30);
    const marker = todayMarker(now, [new Date(2024, 5, 1), new Date(2024, 5, 30)]);
    expect(marker).toEqual({ date: '2024-06-15', start: new Date(2024, 5, 15), end: new Date(2024, 5, 16), inView: true });
    expect(todayMarker(now, [new Date(2024, 0, 1), new Date(2024, 5, 14, 23)]).inView).toBe(false);
  });
});
