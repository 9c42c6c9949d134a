// Handlers for Settings → Sync: set up or join a sync folder (its first sync with progress), rename, pause, stop, status.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function syncHandlers({ sync, jobs }: HandlerContext) {
  return {
    'sync.status': () => sync.status(),
    'sync.setUp': async ({ mode, folder, deviceName, passphrase, jobId }) => {
      await sync.configure({ mode, folder, deviceName, passphrase });
      // The first sync runs now, so a new computer's journal is built before the answer and the bar shows it happen.
      await jobs.run(jobId, async (job) => {
        sync.run((phase, done, total) => job.report(phase, done, total, false));
      });
      return sync.status();
    },
    'sync.rename': ({ deviceName }) => {
      sync.rename(deviceName);
      return sync.status();
    },
    'sync.pause': () => {
      sync.setPaused(true);
      return sync.status();
    },
    'sync.resume': () => {
      sync.setPaused(false);
      return sync.status();
    },
    'sync.stop': () => {
      sync.stop();
      return sync.status();
    },
    'sync.reviewed': ({ reflectionId }) => {
      sync.reviewed(reflectionId);
      return sync.status();
    },
  } satisfies Partial<Handlers>;
}

const syncOnly = { aggregates: ['sync'] } as const;

export const syncWrites = {
  'sync.status': reads,
  // The first sync may bring a whole journal from the folder: every view refetches.
  'sync.setUp': { aggregates: ['journal'] },
  'sync.rename': syncOnly,
  'sync.pause': syncOnly,
  'sync.resume': syncOnly,
  'sync.stop': syncOnly,
  'sync.reviewed': syncOnly,
} satisfies Partial<WriteTable>;
