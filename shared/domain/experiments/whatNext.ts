// What to try next: offline rules that point at untested values, overdue experiments and learnings never taken to the strategy.
import type { Experiment } from '../experiment';
import type { Reflection } from '../reflection';
import type { StrategyVersion } from '../strategy';
import type { Value } from '../values';

/** How far back a reflection still counts as recent evidence that a value is lived. */
export const RECENT_EVIDENCE_DAYS = 30;
/** The share of a learning's meaningful words a version note must contain to count as having taken it in. */
const WORD_OVERLAP_NEEDED = 0.6;

export type Suggestion =
  | { kind: 'untested-value'; valueId: string; label: string }
  | { kind: 'overdue'; experimentId: string; title: string; plannedEnd: string; daysOver: number }
  | { kind: 'learning-not-in-strategy'; experimentId: string; title: string; learning: string };

export interface WhatNextInput {
  today: string;
  values: Pick<Value, 'id' | 'label' | 'archivedAt'>[];
  experiments: Experiment[];
  reflections: Pick<Reflection, 'entryDate' | 'valueIds'>[];
  versions: Pick<StrategyVersion, 'changeNote'>[];
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

function meaningfulWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].filter((word) => word.length >= 4);
}

/** True when a version note carries the learning: verbatim, or most of its meaningful words. */
export function noteCarriesLearning(note: string, learning: string): boolean {
  const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const wanted = normalise(learning);
  if (!wanted) return true;
  if (normalise(note).includes(wanted)) return true;
  const words = meaningfulWords(learning);
  if (words.length === 0) return false;
  const noteWords = new Set(meaningfulWords(note));
  return words.filter((word) => noteWords.has(word)).length / words.length >= WORD_OVERLAP_NEEDED;
}

export function whatNext({ today, values, experiments, reflections, versions }: WhatNextInput): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const todayNumber = dayNumber(today);

  const tested = new Set(experiments.filter((e) => e.status !== 'dropped').flatMap((e) => e.valueIds));
  const recentlyLived = new Set(
    reflections.filter((r) => todayNumber - dayNumber(r.entryDate) <= RECENT_EVIDENCE_DAYS).flatMap((r) => r.valueIds),
  );
  for (const value of values) {
    if (value.archivedAt || tested.has(value.id) || recentlyLived.has(value.id)) continue;
    suggestions.push({ kind: 'untested-value', valueId: value.id, label: value.label });
  }

  for (const experiment of experiments) {
    if (experiment.status === 'running' && experiment.plannedEnd && experiment.plannedEnd < today) {
      suggestions.push({
        kind: 'overdue',
        experimentId: experiment.id,
        title: experiment.title,
        plannedEnd: experiment.plannedEnd,
        daysOver: todayNumber - dayNumber(experiment.plannedEnd),
      });
    }
  }

  for (const experiment of experiments) {
    if (experiment.status !== 'concluded' || !experiment.learning.trim()) continue;
    if (versions.some((version) => noteCarriesLearning(version.changeNote, experiment.learning))) continue;
    suggestions.push({ kind: 'learning-not-in-strategy', experimentId: experiment.id, title: experiment.title, learning: experiment.learning });
  }
  return suggestions;
}
