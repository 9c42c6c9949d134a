// What to try next: untested values, running experiments past their end, and learnings no strategy version took in.
import { describe, expect, it } from 'vitest';
import type { Experiment } from '../../../../../shared/domain/experiment';
import { noteCarriesLearning, whatNext, type WhatNextInput } from '../../../../../shared/domain/experiments/whatNext';

const stamp = '2026-03-01T10:00:00.000Z';
function experiment(fields: Partial<Experiment>): Experiment {
  return {
    id: 'e1', title: 'Data meetups', kind: 'networking', hypothesis: '', successCriteria: '', stopCriteria: '',
    plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, status: 'idea', dropReason: '',
    outcome: '', learning: '', energy: null, engagement: null, valueIds: [], people: [], places: [],
    createdAt: stamp, updatedAt: stamp, ...fields,
  };
}
const teaching = { id: 'v1', label: 'Teaching', archivedAt: null };
const building = { id: 'v2', label: 'Building', archivedAt: null };
const empty: WhatNextInput = { today: '2026-04-15', values: [], experiments: [], reflections: [], versions: [] };

describe('what next', () => {
  it('points at values with no experiment and no reflection in the last 30 days', () => {
    const suggestions = whatNext({
      ...empty,
      values: [teaching, building, { id: 'v3', label: 'Old', archivedAt: stamp }, { id: 'v4', label: 'Lived', archivedAt: null }],
      experiments: [experiment({ valueIds: ['v1'] }), experiment({ id: 'e2', status: 'dropped', dropReason: 'x', valueIds: ['v2'] })],
      reflections: [{ entryDate: '2026-03-16', valueIds: ['v4'] }, { entryDate: '2026-03-15', valueIds: ['v2'] }],
    });
    expect(suggestions).toEqual([{ kind: 'untested-value', valueId: 'v2', label: 'Building' }]);
  });

  it('points at running experiments past their planned end, with how many days over', () => {
    const suggestions = whatNext({
      ...empty,
      experiments: [
        experiment({ status: 'running', plannedEnd: '2026-04-10' }),
        experiment({ id: 'e2', status: 'running', plannedEnd: '2026-04-15' }),
        experiment({ id: 'e3', status: 'planned', plannedEnd: '2026-04-01' }),
      ],
    });
    expect(suggestions).toEqual([{ kind: 'overdue', experimentId: 'e1', title: 'Data meetups', plannedEnd: '2026-04-10', daysOver: 5 }]);
  });

  it('points at concluded learnings that no strategy version note carries', () => {
    const concluded = (id: string, learning: string) => experiment({ id, status: 'concluded', outcome: 'o', learning });
    const suggestions = whatNext({
      ...empty,
      experiments: [concluded('e1', 'Teaching energises me more than building'), concluded('e2', 'Large conferences drain me')],
      versions: [{ changeNote: 'Moved teaching up: teaching energises me more than building.' }],
    });
    expect(suggestions).toEqual([
      { kind: 'learning-not-in-strategy', experimentId: 'e2', title: 'Data meetups', learning: 'Large conferences drain me' },
    ]);
  });
});

describe('does a version note carry a learning', () => {
  it('accepts it verbatim in any case and spacing, or with most of its words reworded around them', () => {
    expect(noteCarriesLearning('Check-in: SMALL   meetups suit me', 'small meetups suit me')).toBe(true);
    expect(noteCarriesLearning('After the course, mentoring juniors energises me; moving teaching first', 'Mentoring juniors energises me')).toBe(true);
    expect(noteCarriesLearning('Renamed a value', 'Mentoring juniors energises me')).toBe(false);
  });
});
