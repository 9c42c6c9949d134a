// Whether the journal is open, locked or damaged, and the actions that change it; the app shell follows this.
import { create } from 'zustand';
import { LOCK_DUE } from '../../../shared/changes';
import type { SecurityStatus } from '../../../shared/domain/security';
import { api, onCoreChange } from '../../app/client';
import { flushAllSavers, strandedEdits, type StrandedEdits } from '../../app/saver/saveRegistry';

/** How long saving what is typed may hold up an auto-lock; well inside the core's grace (electron/core/autoLock.ts). */
const LOCK_FLUSH_MAX_MS = 5_000;

interface SecurityState {
  status: SecurityStatus | null;
  /**
   * What was typed and not yet saved when an open journal turned out damaged (the background check found it): taken
   * from the savers before the damaged screen replaces their surfaces, so the person can copy every word elsewhere.
   */
  stranded: StrandedEdits[];
  /** Re-reads the state from the core, e.g. after an operation was refused because the journal locked itself. */
  refresh(): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
  /** `passphrase` is the one an encrypted backup was made with, when the journal is not open with it. */
  restore(name: string, passphrase?: string): Promise<void>;
  /** The explicit choice of a fresh journal when the file is missing or empty. */
  startNew(): Promise<void>;
  /** Called whenever the journal becomes readable again, so views reload what they show. */
  onReopened(listener: () => void): () => void;
}

const reopenListeners = new Set<() => void>();

export const useSecurity = create<SecurityState>((set, get) => {
  const settle = (status: SecurityStatus) => {
    const wasOpen = get().status?.state === 'open';
    if (wasOpen && status.state === 'corrupt') set({ stranded: [...get().stranded, ...strandedEdits()] });
    set({ status });
    if (status.state === 'open' && !wasOpen) reopenListeners.forEach((listener) => listener());
  };
  return {
    status: null,
    stranded: [],
    async refresh() {
      settle(await api()['security.status']({}));
    },
    async unlock(passphrase) {
      settle(await api()['security.unlock']({ passphrase }));
    },
    async lock() {
      settle(await api()['security.lock']({}));
    },
    async restore(name, passphrase) {
      await api()['backups.restore'](passphrase === undefined ? { name } : { name, passphrase });
      set({ status: null });
      settle(await api()['security.status']({}));
    },
    async startNew() {
      settle(await api()['security.startNewJournal']({}));
    },
    onReopened(listener) {
      reopenListeners.add(listener);
      return () => reopenListeners.delete(listener);
    },
  };
});

/**
 * Follows the core's `security` changes: an auto-lock that is due is answered by saving everything typed, then locking;
 * a lock made elsewhere (another tab, the core itself) shows the unlock screen at once. Returns how to stop.
 */
export function followLockState(): () => void {
  return onCoreChange(['security'], (change) => {
    // A whole-journal change (an unlock, a restore) is followed by the views themselves.
    if (!change.aggregates.includes('security')) return;
    if (!(change.ids.security ?? []).includes(LOCK_DUE)) {
      void useSecurity.getState().refresh().catch(() => {});
      return;
    }
    void lockAfterSaving();
  });
}

async function lockAfterSaving(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bounded = new Promise<void>((resolve) => (timer = setTimeout(resolve, LOCK_FLUSH_MAX_MS)));
  await Promise.race([flushAllSavers(), bounded]);
  clearTimeout(timer);
  await useSecurity
    .getState()
    .lock()
    .catch(() => useSecurity.getState().refresh().catch(() => {}));
}
