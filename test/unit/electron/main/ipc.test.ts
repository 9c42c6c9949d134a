// IPC answers only the app's own top-level frame; everything else gets FORBIDDEN and never reaches the core.
import { describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { INVOKE_CHANNEL } from '../../../../shared/contract';
import { registerIpc } from '../../../../electron/main/ipc';

function setup() {
  let channel = '';
  let handler: ((event: unknown, op: unknown, payload: unknown) => unknown) | undefined;
  const ipcMain = {
    handle: (name: string, fn: typeof handler) => {
      channel = name;
      handler = fn;
    },
  };
  const dispatch = vi.fn(async () => ({ ok: true as const, value: 'handled' }));
  registerIpc(ipcMain as unknown as IpcMain, dispatch);
  const invoke = (frame: unknown, op: unknown, payload: unknown) => handler?.({ senderFrame: frame }, op, payload);
  return { channel, dispatch, invoke };
}

describe('ipc', () => {
  it('dispatches calls from the app’s own top-level frame', async () => {
    const { channel, dispatch, invoke } = setup();
    expect(channel).toBe(INVOKE_CHANNEL);
    const result = await invoke({ url: 'app://cairn/index.html', parent: null }, 'reflections.list', {});
    expect(result).toEqual({ ok: true, value: 'handled' });
    expect(dispatch).toHaveBeenCalledWith('reflections.list', {});
  });

  it.each([
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['a file page', { url: 'file:///tmp/x.html', parent: null }],
    ['a subframe', { url: 'app://cairn/index.html', parent: {} }],
    ['a destroyed frame', null],
  ])('refuses %s', async (_label, frame) => {
    const { dispatch, invoke } = setup();
    const result = await invoke(frame, 'reflections.delete', { id: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});
