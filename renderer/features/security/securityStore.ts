// Whether the journal is open, locked or damaged, and the actions that change it; the app shell follows this.
import { create } from 'zustand';
import type { SecurityStatus } from '../../../shared/domain/security';
import { api } from '../../app/client';

interface SecurityState {
  status: SecurityStatus | null;
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
    set({ status });
    if (status.state === 'open' && !wasOpen) reopenListeners.forEach((listener) => listener());
  };
  return {
    status: null,
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
