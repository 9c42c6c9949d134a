// Evidence ordering and the reflections that could still be linked to an experiment.
import { shortened } from '../../../shared/domain/text';
import type { Reflection } from '../../../shared/domain/reflection';

/** Oldest first, so the log reads as the experiment unfolded; same-day notes in the order they were written. */
export function evidenceInDateOrder(items: Reflection[]): Reflection[] {
  return [...items].sort((a, b) => a.entryDate.localeCompare(b.entryDate) || a.createdAt.localeCompare(b.createdAt));
}

export function linkableReflections(recent: Reflection[], experimentId: string): Reflection[] {
  return recent.filter((r) => !r.experimentIds.includes(experimentId));
}

/** A reflection's title, or the start of its text when it has none. */
export function reflectionLabel(reflection: Reflection): string {
  const text = reflection.title.trim() || reflection.body.trim().split('\n')[0] || 'Untitled reflection';
  return shortened(text, 60);
}
