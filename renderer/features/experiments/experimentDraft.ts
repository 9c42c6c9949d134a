// The experiment page's editable fields, and the change that turns the saved experiment into the edited one.
import type { Experiment } from '../../../shared/domain/experiment';
import type { ExperimentChange } from './experimentsStore';

export const draftFields = [
  'title', 'kind', 'hypothesis', 'successCriteria', 'stopCriteria', 'plannedStart', 'plannedEnd', 'actualStart',
  'actualEnd', 'dropReason', 'outcome', 'learning', 'energy', 'engagement', 'valueIds',
] as const;
export type ExperimentDraftFields = Pick<Experiment, (typeof draftFields)[number]>;

export function draftOf(experiment: Experiment): ExperimentDraftFields {
  return Object.fromEntries(draftFields.map((field) => [field, experiment[field]])) as ExperimentDraftFields;
}

/** Only the fields that differ, so a save never overwrites what another action (a move, a dialog) just changed. */
export function changeBetween(saved: Experiment, draft: ExperimentDraftFields): ExperimentChange {
  const change: Record<string, unknown> = {};
  for (const field of draftFields) {
    if (JSON.stringify(saved[field]) !== JSON.stringify(draft[field])) change[field] = draft[field];
  }
  return change as ExperimentChange;
}
