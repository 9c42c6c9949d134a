// The experiment state machine: which moves are allowed, and which saved states are refused with what message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { experimentStatuses } from '../../../../../shared/domain/experiment';
import { canMove, changeProblem, stateProblem, type ExperimentState } from '../../../../../shared/domain/experiments/transitions';

const base: ExperimentState = {
  status: 'idea',
  successCriteria: '',
  stopCriteria: '',
  plannedStart: null,
  plannedEnd: null,
  actualStart: null,
  actualEnd: null,
  dropReason: '',
  outcome: '',
  learning: '',
};
const complete: ExperimentState = {
  ...base,
  successCriteria: 'Two people offer to introduce me',
  stopCriteria: 'Three evenings that drain me',
  plannedStart: '2026-03-01',
  plannedEnd: '2026-04-01',
  actualStart: '2026-03-02',
  actualEnd: '2026-03-30',
  dropReason: 'Moved city',
  outcome: 'Met five people',
  learning: 'Teaching energises me more than building',
};

describe('moves between statuses', () => {
  it('runs an experiment from idea through plan and run to conclusion', () => {
    expect(changeProblem({ ...complete, status: 'idea' }, { ...complete, status: 'planned' })).toBeNull();
    expect(changeProblem({ ...complete, status: 'planned' }, { ...complete, status: 'running' })).toBeNull();
    expect(changeProblem({ ...complete, status: 'running' }, { ...complete, status: 'concluded' })).toBeNull();
  });

  it('refuses to conclude what never ran, naming the moves that are allowed', () => {
    expect(changeProblem({ ...complete, status: 'idea' }, { ...complete, status: 'concluded' })).toBe(
      'An experiment cannot go from Idea to Concluded. From Idea it can move to: Planned, Running, Dropped.',
    );
    expect(canMove('planned', 'concluded')).toBe(false);
  });

  it('lets a concluded experiment be reopened and a dropped one revived, but not dropped after concluding', () => {
    expect(canMove('concluded', 'running')).toBe(true);
    expect(canMove('dropped', 'idea')).toBe(true);
    expect(canMove('concluded', 'dropped')).toBe(false);
  });

  it('always allows staying put, and any allowed move of a complete experiment is accepted', () => {
    const status = fc.constantFrom(...experimentStatuses);
    fc.assert(
      fc.property(status, status, (from, to) => {
        const problem = changeProblem({ ...complete, status: from }, { ...complete, status: to });
        expect(problem === null).toBe(canMove(from, to));
        if (from === to) expect(problem).toBeNull();
      }),
    );
  });
});

describe('states that cannot be saved', () => {
  it('refuses concluding without an outcome or without a learning', () => {
    expect(stateProblem({ ...complete, status: 'concluded', outcome: '  ' })).toMatch(/outcome/);
    expect(stateProblem({ ...complete, status: 'concluded', learning: '' })).toMatch(/learning/);
  });

  it('refuses dropping without a reason', () => {
    expect(stateProblem({ ...complete, status: 'dropped', dropReason: '' })).toMatch(/reason for dropping/);
  });

  it('refuses starting before the success and stop criteria are written', () => {
    expect(stateProblem({ ...complete, status: 'running', stopCriteria: '' })).toMatch(/success and stop criteria/);
    expect(stateProblem({ ...base, status: 'planned' })).toBeNull();
  });

  it('refuses an end before its start, planned or actual, and an end without a start', () => {
    expect(stateProblem({ ...base, plannedStart: '2026-05-02', plannedEnd: '2026-05-01' })).toMatch(/planned end is before/);
    expect(stateProblem({ ...base, actualStart: '2026-05-02', actualEnd: '2026-04-30' })).toMatch(/actual end is before/);
    expect(stateProblem({ ...base, actualEnd: '2026-04-30' })).toMatch(/actual start before/);
    expect(stateProblem({ ...base, plannedStart: '2026-05-01', plannedEnd: '2026-05-01' })).toBeNull();
  });
});
