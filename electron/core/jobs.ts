// Long operations the page follows: progress events in order, an estimate from the pace so far, and cancel while it is safe.
import { AppError } from '../../shared/errors';
import type { JobId, Progress, ProgressPhase } from '../../shared/progress';

/** At most one `running` event per job this often, besides each phase's first and its last count; the page needs no more. */
const REPORT_EVERY_MS = 100;
/** How long a step may keep the core's thread before it lets the requests waiting meanwhile be answered. */
export const SLICE_MS = 20;

export interface Job {
  /** Where the job is now; `cancellable` false once it has started changing the journal. */
  report(phase: ProgressPhase, done: number, total: number | null, cancellable: boolean): void;
  /**
   * Lets a waiting cancel be read (one turn of the event loop, where the worker's messages are taken), then throws
   * CANCELLED if the person asked to stop: called at the last moments when nothing has changed yet.
   */
  lastChance(): Promise<void>;
  /** Lets the requests waiting for the core's thread be answered when this step has held it for SLICE_MS. */
  breathe(): Promise<void>;
}

export interface Jobs {
  run<T>(jobId: JobId | undefined, work: (job: Job) => Promise<T>): Promise<T>;
  /** True when the job was running and could still stop with nothing changed. */
  cancel(jobId: JobId): boolean;
}

const cancelledError = () => new AppError('CANCELLED', 'The import was cancelled; nothing was imported.');
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createJobs(announce: (progress: Progress) => void, now: () => number = () => performance.now()): Jobs {
  const running = new Map<JobId, { cancellable: boolean; cancelled: boolean }>();
  return {
    async run(jobId, work) {
      let sliceStart = now();
      const state = { cancellable: true, cancelled: false };
      let last: Progress | null = null;
      let lastSentAt = -Infinity;
      let phaseStart = { phase: null as ProgressPhase | null, at: 0, done: 0 };
      const send = (progress: Progress) => {
        last = progress;
        lastSentAt = now();
        announce(progress);
      };
      const job: Job = {
        report(phase, done, total, cancellable) {
          state.cancellable = cancellable;
          if (jobId === undefined) return;
          const at = now();
          const newPhase = phase !== phaseStart.phase;
          if (newPhase) phaseStart = { phase, at, done };
          if (!newPhase && done !== total && at - lastSentAt < REPORT_EVERY_MS) return;
          const counted = done - phaseStart.done;
          const remainingMs = total !== null && counted > 0 && done <= total ? Math.round(((at - phaseStart.at) / counted) * (total - done)) : null;
          send({ jobId, phase, done, total, remainingMs, state: 'running', cancellable });
        },
        async lastChance() {
          await nextTurn();
          sliceStart = now();
          if (state.cancelled) throw cancelledError();
        },
        async breathe() {
          if (now() - sliceStart < SLICE_MS) return;
          await nextTurn();
          sliceStart = now();
        },
      };
      if (jobId !== undefined) running.set(jobId, state);
      const finish = (end: Progress['state']) => {
        const from: Progress | null = last;
        if (from) send({ ...from, state: end, remainingMs: end === 'done' ? 0 : null, cancellable: false });
      };
      try {
        const result = await work(job);
        finish('done');
        return result;
      } catch (error) {
        finish(error instanceof AppError && error.code === 'CANCELLED' ? 'cancelled' : 'failed');
        throw error;
      } finally {
        if (jobId !== undefined) running.delete(jobId);
      }
    },
    cancel(jobId) {
      const state = running.get(jobId);
      if (!state?.cancellable) return false;
      state.cancelled = true;
      return true;
    },
  };
}
