// The experiment page's editable fields, and what it shows when a saved experiment meets edits not yet saved.
import type { Experiment } from '../../../shared/domain/experiment';

export const draftFields = [
  'title', 'kind', 'hypothesis', 'successCriteria', 'stopCriteria', 'plannedStart', 'plannedEnd', 'actualStart',
  'actualEnd', 'dropReason', 'outcome', 'learning', 'energy', 'engagement', 'valueIds',
] as const;
export type ExperimentDraftFields = Pick<Experiment, (typeof draftFields)[number]>;

export function draftOf(experiment: Experiment): ExperimentDraftFields {
  return Object.fromEntries(draftFields.map((field) => [field, experiment[field]])) as ExperimentDraftFields;
}

/**
 * What the page shows for a saved experiment: its fields, except those with edits not yet saved, which keep what was
 * typed, so a move or a refetch landing mid-typing never undoes a keystroke.
 */
export function shownFields(experiment: Experiment, unsaved: Partial<ExperimentDraftFields>): ExperimentDraftFields {
  return { ...draftOf(experiment), ...unsaved };
}
