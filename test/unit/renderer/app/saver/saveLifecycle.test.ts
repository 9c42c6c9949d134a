// @vitest-environment jsdom
// The page flushes every saver as it hides or unloads; a closing tab holds only when its edits are too big to send
// on the way out; the desktop shell's flush request is answered once the saves have landed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../../../../../renderer/app/api';
import { createAutosaver, type Autosaver } from '../../../../../renderer/app/saver/autosave';
import { installSaveLifecycle } from '../../../../../renderer/app/saver/saveLifecycle';
import { registerSaver } from '../../../../../renderer/app/saver/saveRegistry';
import { KEEPALIVE_MAX_CHARS } from '../../../../../renderer/app/transport';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function fakeClient(host: 'browser' | 'electron') {
  let flushRequest: ((payload: { requestId: number }) => void) | undefined;
  const client = {
    host,
    flushed: vi.fn(),
    on: (event: string, listener: (payload: { requestId: number }) => void) => {
      if (event === 'app:flush') flushRequest = listener;
      return () => {};
    },
  } as unknown as Api;
  cleanups.push(installSaveLifecycle(client));
  return { client, requestFlush: (requestId: number) => flushRequest?.({ requestId }) };
}

function savingInto(saved: string[]) {
  const saver = createAutosaver<{ body: string }>({ save: async ({ body }) => void saved.push(body ?? ''), onStatus: () => {}, describe: String });
  cleanups.push(registerSaver('reflection:1', saver as Autosaver<object>), () => saver.dispose());
  return saver;
}

function beforeUnload(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

describe('save lifecycle', () => {
  it('sends what is unsaved as the page is hidden or unloads', async () => {
    fakeClient('browser');
    const saved: string[] = [];
    const saver = savingInto(saved);
    saver.edit({ body: 'typed just before closing' });
    window.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(saved).toEqual(['typed just before closing']));
  });

  it('lets a tab close with small edits (they go out as keepalive requests), and holds it when they are too big', async () => {
    fakeClient('browser');
    const saver = savingInto([]);
    expect(beforeUnload().defaultPrevented).toBe(false);
    saver.edit({ body: 'short' });
    expect(beforeUnload().defaultPrevented).toBe(false);
    saver.edit({ body: 'x'.repeat(KEEPALIVE_MAX_CHARS + 1) });
    expect(beforeUnload().defaultPrevented).toBe(true);
  });

  it('answers the desktop shell’s flush request only after the saves have landed', async () => {
    const { client, requestFlush } = fakeClient('electron');
    let land = () => {};
    const saver = createAutosaver<{ body: string }>({ save: () => new Promise<void>((resolve) => (land = resolve)), onStatus: () => {}, describe: String });
    cleanups.push(registerSaver('strategy:text', saver as Autosaver<object>), () => saver.dispose());
    saver.edit({ body: 'last words' });
    requestFlush(3);
    await Promise.resolve();
    expect(client.flushed).not.toHaveBeenCalled();
    land();
    await vi.waitFor(() => expect(client.flushed).toHaveBeenCalledWith(3));
    // The desktop shell holds the window itself; the page never asks the person to confirm.
    saver.edit({ body: 'x'.repeat(KEEPALIVE_MAX_CHARS + 1) });
    expect(beforeUnload().defaultPrevented).toBe(false);
  });
});
