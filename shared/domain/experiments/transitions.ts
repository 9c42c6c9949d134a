// The experiment state machine and the rules every saved experiment obeys; the core refuses anything else.
import type { Experiment } from '../experiment';

export type ExperimentStatus = Experiment['status'];

/**
 * Which status may follow which. An idea becomes a plan or starts at once; only a running experiment can be
 * concluded (there is nothing to conclude about an idea that never ran); anything not yet concluded can be
 * dropped; a concluded or dropped experiment can be reopened as running or revived as an idea.
 */
export const nextStatuses: Record<ExperimentStatus, readonly ExperimentStatus[]> = {
  idea: ['planned', 'running', 'dropped'],
  planned: ['idea', 'running', 'dropped'],
  running: ['planned', 'concluded', 'dropped'],
  concluded: ['running'],
  dropped: ['idea', 'planned'],
};

export const statusLabels: Record<ExperimentStatus, string> = {
  idea: 'Idea',
  planned: 'Planned',
  running: 'Running',
  concluded: 'Concluded',
  dropped: 'Dropped',
};

export function canMove(from: ExperimentStatus, to: ExperimentStatus): boolean {
  return from === to || nextStatuses[from].includes(to);
}

/** The fields the rules read: the saved experiment after a change is applied. */
export type ExperimentState = Pick<
  Experiment,
  | 'status'
  | 'successCriteria'
  | 'stopCriteria'
  | 'plannedStart'
  | 'plannedEnd'
  | 'actualStart'
  | 'actualEnd'
  | 'dropReason'
  | 'outcome'
  | 'learning'
>;

const blank = (text: string) => text.trim().length === 0;

/** Why a state is not allowed to be saved, or null when it is. Dates are YYYY-MM-DD, so they compare as text. */
export function stateProblem(state: ExperimentState): string | null {
  if (state.plannedStart && state.plannedEnd && state.plannedEnd < state.plannedStart) {
    return 'The planned end is before the planned start. Choose an end on or after the start.';
  }
  if (state.actualStart && state.actualEnd && state.actualEnd < state.actualStart) {
    return 'The actual end is before the actual start. Choose an end on or after the start.';
  }
  if (state.actualEnd && !state.actualStart) {
    return 'An experiment needs an actual start before it can have an actual end.';
  }
  const started = state.status === 'running' || state.status === 'concluded';
  if (started && (blank(state.successCriteria) || blank(state.stopCriteria))) {
    return 'Write the success and stop criteria before starting, so the result is judged against what you decided up front.';
  }
  if (state.status === 'concluded' && blank(state.outcome)) {
    return 'Say what happened (the outcome) before concluding the experiment.';
  }
  if (state.status === 'concluded' && blank(state.learning)) {
    return 'Say what this changes in your strategy (the learning) before concluding the experiment.';
  }
  if (state.status === 'dropped' && blank(state.dropReason)) {
    return 'Give a reason for dropping the experiment; it is evidence too.';
  }
  return null;
}

/** Why a change from one saved state to another is refused, or null when it is allowed. */
export function changeProblem(before: ExperimentState, after: ExperimentState): string | null {
  if (!canMove(before.status, after.status)) {
    const allowed = nextStatuses[before.status].map((status) => statusLabels[status]).join(', ');
    return `An experiment cannot go from ${statusLabels[before.status]} to ${statusLabels[after.status]}. From ${statusLabels[before.status]} it can move to: ${allowed}.`;
  }
  return stateProblem(after);
}
