// Progress of the core's long operations (issue 18): counts, an estimate of what is left, and how each one ended.
import { z } from 'zod';

/** Chosen by the page for each long operation it starts, so it can follow that operation's progress and cancel it. */
export const jobIdSchema = z.uuid();
export type JobId = z.infer<typeof jobIdSchema>;

export const progressPhases = ['reading', 'checking', 'writing'] as const;
export type ProgressPhase = (typeof progressPhases)[number];

const count = z.number().int().min(0);

export const progressSchema = z.object({
  jobId: jobIdSchema,
  phase: z.enum(progressPhases),
  /** How far the phase is, when it can be counted (entries written of the entries to write); null when it cannot. */
  done: count,
  total: count.nullable(),
  /** An estimate from the pace so far; null until there is a pace to go by, or when the phase cannot be counted. */
  remainingMs: count.nullable(),
  /** Every job's events end with one that is not `running`. */
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** Whether `jobs.cancel` can still stop it with nothing changed. */
  cancellable: z.boolean(),
});
export type Progress = z.infer<typeof progressSchema>;

export type PhaseLabels = Readonly<Record<ProgressPhase, string>>;

export const importPhaseLabels: PhaseLabels = { reading: 'Reading the file', checking: 'Comparing with your journal', writing: 'Writing entries' };
export const syncPhaseLabels: PhaseLabels = { reading: 'Reading the sync folder', checking: 'Comparing with your journal', writing: 'Applying changes' };

/** What a person reads beside the bar. */
export function describeProgress(progress: Progress, labels: PhaseLabels = importPhaseLabels): string {
  const phase = labels[progress.phase];
  const counted = progress.total === null ? '' : ` (${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')})`;
  const left = progress.remainingMs === null ? '' : `, about ${Math.max(1, Math.round(progress.remainingMs / 1000))} s left`;
  return `${phase}${counted}${left}`;
}
