// Sync's status as the app shows it (Settings → Sync, and the notice on an entry edited on two computers), and its actions.
import { create } from 'zustand';
import type { SyncSetUp, SyncStatus } from '../../../shared/domain/syncSetup';
import { api, onCoreChange } from '../../app/client';

interface SyncState {
  /** null until first read. */
  status: SyncStatus | null;
  refresh(): Promise<void>;
  /** Resolves once the first sync has run; rejects with the core's refusal (an ApiError) and changes nothing. */
  setUp(input: SyncSetUp): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
  reviewed(reflectionId: string): Promise<void>;
}

// Counts reads, so an answer that started before a newer one cannot put an older status over it.
let reads = 0;

export const useSync = create<SyncState>((set) => {
  const settle = (status: SyncStatus, read: number) => {
    if (read === reads) set({ status });
  };
  const act = async (run: () => Promise<SyncStatus>) => {
    const read = ++reads;
    settle(await run(), read);
  };
  return {
    status: null,
    refresh: () => act(() => api()['sync.status']({})),
    setUp: (input) => act(() => api()['sync.setUp'](input)),
    pause: () => act(() => api()['sync.pause']({})),
    resume: () => act(() => api()['sync.resume']({})),
    stop: () => act(() => api()['sync.stop']({})),
    reviewed: (reflectionId) => act(() => api()['sync.reviewed']({ reflectionId })),
  };
});

/**
 * Sync's own changes (another tab's pause, a rename, a review) and what it applied from the folder (announced with
 * 'sync' beside the reflections it changed) reach every tab; so do local writes, which change what waits to go out.
 * Only once something has read the status: a journal that never opens Settings or an entry never asks.
 */
onCoreChange(['sync', 'reflections', 'trash'], () => {
  if (useSync.getState().status) void useSync.getState().refresh().catch(() => {});
});
