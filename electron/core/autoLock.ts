// Auto-lock in two steps, so no typing is lost: once the journal has been idle for the chosen minutes the core
// announces that the lock is due (a `security` change), the page flushes its savers and then asks for the lock; a page
// that never answers (none is open, or it hangs) is given LOCK_GRACE_MS before the core locks the journal itself.
import { LOCK_DUE, type CoreChange } from '../../shared/changes';
import type { Clock } from './clock';
import type { Journal } from './store/journal';

/** How long the page has, after the announcement, to save what is typed and lock. */
export const LOCK_GRACE_MS = 10_000;

export interface AutoLockOptions {
  journal: Journal;
  clock: Clock;
  announce(change: CoreChange): void;
  /** Runs a check again after `ms` (a timer in the app; nothing where a test drives the clock). */
  later(ms: number, check: () => void): void;
}

export interface AutoLock {
  /** Called by housekeeping with the setting; announces a due lock, or locks once the grace has passed. */
  check(idleMinutes: number): void;
  /** Every operation but a status poll counts as use; an explicit lock or unlock ends a pending announcement. */
  used(operation: unknown): void;
}

export function createAutoLock({ journal, clock, announce, later }: AutoLockOptions): AutoLock {
  let lastUse = clock().getTime();
  let dueSince: number | null = null;

  function check(idleMinutes: number): void {
    if (idleMinutes <= 0 || !journal.isEncrypted() || journal.status(idleMinutes).state !== 'open') {
      dueSince = null;
      return;
    }
    const now = clock().getTime();
    if (dueSince !== null) {
      if (now - dueSince < LOCK_GRACE_MS) return;
      dueSince = null;
      journal.lock();
      announce({ aggregates: ['security'], ids: {} });
      return;
    }
    if (now - lastUse < idleMinutes * 60_000) return;
    dueSince = now;
    announce({ aggregates: ['security'], ids: { security: [LOCK_DUE] } });
    later(LOCK_GRACE_MS, () => check(idleMinutes));
  }

  return {
    check,
    used(operation) {
      if (operation === 'security.status') return;
      lastUse = clock().getTime();
      if (operation === 'security.lock' || operation === 'security.unlock') dueSince = null;
    },
  };
}
