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

/**
 * Only the fields edited since the form was filled from `baseline`, so a save never overwrites what another action
 * (a move, the conclude dialog) saved meanwhile.
 */
export function changeBetween(baseline: ExperimentDraftFields, draft: ExperimentDraftFields): ExperimentChange {
  const change: Record<string, unknown> = {};
  for (const field of draftFields) {
    if (JSON.stringify(baseline[field]) !== JSON.stringify(draft[field])) change[field] = draft[field];
  }
  return change as ExperimentChange;
}
