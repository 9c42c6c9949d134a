// When the core says an auto-lock is due, the page saves what is typed first and only then locks; a lock made elsewhere
// shows at once; other changes leave the lock state alone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCK_DUE, type CoreChange } from '../../../../../shared/changes';
import { createAutosaver, type Autosaver } from '../../../../../renderer/app/saver/autosave';
import { registerSaver } from '../../../../../renderer/app/saver/saveRegistry';

/** The order in which the core heard things. */
const calls: string[] = [];
let listener: ((change: CoreChange) => void) | undefined;

vi.mock('../../../../../renderer/app/client', () => ({
  onCoreChange: (_watched: unknown, refetch: (change: CoreChange) => void) => {
    listener = refetch;
    return () => (listener = undefined);
  },
  api: () => ({
    'security.lock': async () => {
      calls.push('lock');
      return { state: 'locked', encrypted: true, autoLockMinutes: 5 };
    },
    'security.status': async () => {
      calls.push('status');
      return { state: 'locked', encrypted: true, autoLockMinutes: 5 };
    },
  }),
}));

const { followLockState, useSecurity } = await import('../../../../../renderer/features/security/securityStore');

const cleanups: Array<() => void> = [];
beforeEach(() => {
  calls.length = 0;
  cleanups.push(followLockState());
});
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function typing(): Autosaver<{ body: string }> {
  const saver = createAutosaver<{ body: string }>({
    save: async ({ body }) => void calls.push(`save ${body}`),
    onStatus: () => {},
    describe: String,
  });
  cleanups.push(registerSaver('reflection:1', saver as Autosaver<object>), () => saver.dispose());
  return saver;
}

describe('following the lock state', () => {
  it('saves the words still waiting for their save before it locks', async () => {
    typing().edit({ body: 'the last sentence' });
    listener?.({ aggregates: ['security'], ids: { security: [LOCK_DUE] } });
    await vi.waitFor(() => expect(useSecurity.getState().status?.state).toBe('locked'));
    expect(calls).toEqual(['save the last sentence', 'lock']);
  });

  it('shows a lock made elsewhere without locking again', async () => {
    listener?.({ aggregates: ['security'], ids: {} });
    await vi.waitFor(() => expect(calls).toEqual(['status']));
  });

  it('leaves the lock state alone on a whole-journal change', async () => {
    listener?.({ aggregates: ['journal'], ids: {} });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual([]);
  });
});
