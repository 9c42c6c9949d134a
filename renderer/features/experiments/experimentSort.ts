// Sorting the experiments list by any of its columns; ties fall back to the title so the order is stable.
import type { Experiment } from '../../../shared/domain/experiment';
import { experimentStatuses } from '../../../shared/domain/experiment';
import { kindLabels } from './experimentText';

export const sortKeys = ['title', 'kind', 'status', 'start', 'end', 'energy', 'updated'] as const;
export type SortKey = (typeof sortKeys)[number];
export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

function sortValue(experiment: Experiment, key: SortKey): string | number | null {
  switch (key) {
    case 'title':
      return experiment.title.toLocaleLowerCase();
    case 'kind':
      return kindLabels[experiment.kind];
    case 'status':
      return experimentStatuses.indexOf(experiment.status);
    case 'start':
      return experiment.actualStart ?? experiment.plannedStart;
    case 'end':
      return experiment.actualEnd ?? experiment.plannedEnd;
    case 'energy':
      return experiment.energy;
    case 'updated':
      return experiment.updatedAt;
  }
}

/** Sorted copy; experiments without a value for the key (no date, no rating) always come last. */
export function sortExperiments(items: Experiment[], { key, direction }: SortOrder): Experiment[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...items].sort((a, b) => {
    const left = sortValue(a, key);
    const right = sortValue(b, key);
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
    } else if (left !== right) {
      return (left < right ? -1 : 1) * sign;
    }
    return a.title.localeCompare(b.title);
  });
}
