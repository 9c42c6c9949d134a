// The sync status the app shows follows the change feed once something has read it, and an older answer never covers a
// newer one (a pause answered after the status read that started before it).
import { describe, expect, it, vi } from 'vitest';
import type { CoreChange } from '../../../../../shared/changes';
import type { SyncStatus } from '../../../../../shared/domain/syncSetup';

let listener: ((change: CoreChange) => void) | undefined;
const statusCalls: Array<(status: SyncStatus) => void> = [];
const pauseCalls: Array<(status: SyncStatus) => void> = [];

vi.mock('../../../../../renderer/app/client', () => ({
  onCoreChange: (_watched: unknown, refetch: (change: CoreChange) => void) => {
    listener = refetch;
    return () => (listener = undefined);
  },
  api: () => ({
    'sync.status': () => new Promise<SyncStatus>((resolve) => statusCalls.push(resolve)),
    'sync.pause': () => new Promise<SyncStatus>((resolve) => pauseCalls.push(resolve)),
  }),
}));

const { useSync } = await import('../../../../../renderer/features/settings/syncStore');

const status = (state: SyncStatus['state']): SyncStatus => ({
  state,
  folder: '/home/ada/Sync',
  deviceName: 'Laptop',
  devices: [],
  lastSync: null,
  pendingOut: 0,
  pendingIn: 0,
  rejected: [],
  conflicts: [],
});

describe('the sync store', () => {
  it('asks nothing on a change before anything has read the status, then follows every change', async () => {
    listener?.({ aggregates: ['sync'], ids: {} });
    expect(statusCalls).toHaveLength(0);

    const first = useSync.getState().refresh();
    statusCalls.shift()?.(status('on'));
    await first;
    expect(useSync.getState().status?.state).toBe('on');

    listener?.({ aggregates: ['sync'], ids: {} });
    expect(statusCalls).toHaveLength(1);
    statusCalls.shift()?.(status('paused'));
    await vi.waitFor(() => expect(useSync.getState().status?.state).toBe('paused'));
  });

  it('keeps the newer answer when an older read lands after it', async () => {
    useSync.setState({ status: status('on') });
    const read = useSync.getState().refresh();
    const pause = useSync.getState().pause();
    pauseCalls.shift()?.(status('paused'));
    await pause;
    statusCalls.shift()?.(status('on'));
    await read;
    expect(useSync.getState().status?.state).toBe('paused');
  });
});
