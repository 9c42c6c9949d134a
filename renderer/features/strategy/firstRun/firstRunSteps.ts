// The first-run path through the method, step by step, and when a journal should open on it.
import type { FirstRun } from '../../../../shared/domain/settings';

export const FIRST_RUN_STEPS = ['welcome', 'aspiration', 'values', 'diagram', 'reflection', 'version'] as const;
export type FirstRunStep = (typeof FIRST_RUN_STEPS)[number];

export const MIN_FIRST_RUN_VALUES = 3;
export const MAX_FIRST_RUN_VALUES = 5;

/** The step to show for stored progress (clamped, so a stored step from a longer path still lands somewhere). */
export function stepAt(index: number): FirstRunStep {
  return FIRST_RUN_STEPS[Math.min(Math.max(0, index), FIRST_RUN_STEPS.length - 1)] ?? 'welcome';
}

/**
 * A journal opens on the path while it is pending and either under way (resume where they left
 * off) or brand new (no values yet). A journal that already has values is never interrupted; the
 * path stays available from Settings.
 */
export function shouldOpenFirstRun(progress: FirstRun, valueCount: number): boolean {
  return progress.state === 'pending' && (progress.step > 0 || valueCount === 0);
}
