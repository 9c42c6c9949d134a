// The preload exposes exactly one frozen `cairn` object that can only invoke contract operations.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL } from '../../../../shared/contract';
import { CHOOSE_FOLDER_CHANNEL } from '../../../../shared/desktopFolder';
import { FLUSHED_CHANNEL } from '../../../../shared/events';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 1 })), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
}));
vi.mock('electron', () => electron);

beforeEach(() => {
  vi.resetModules();
  electron.contextBridge.exposeInMainWorld.mockClear();
  electron.ipcRenderer.invoke.mockClear();
  electron.ipcRenderer.send.mockClear();
});

async function exposed() {
  await import('../../../../electron/preload/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
  return { name, api };
}

describe('preload bridge', () => {
  it('exposes one frozen object named cairn with invoke, on, flushed, saveExport and chooseFolder only', async () => {
    const { name, api } = await exposed();
    expect(name).toBe('cairn');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(['chooseFolder', 'flushed', 'invoke', 'on', 'saveExport']);
    expect(api).not.toHaveProperty('ipcRenderer');
  });

  it('forwards contract operations on the invoke channel', async () => {
    const { api } = await exposed();
    const invoke = api.invoke as (op: string, payload: unknown) => Promise<unknown>;
    await expect(invoke('reflections.list', { limit: 5 })).resolves.toEqual({ ok: true, value: 1 });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'reflections.list', { limit: 5 });
  });

  it('sends a folder request on the folder channel, where main checks it', async () => {
    const { api } = await exposed();
    const chooseFolder = api.chooseFolder as (request: unknown) => Promise<unknown>;
    await chooseFolder({ purpose: 'sync' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(CHOOSE_FOLDER_CHANNEL, { purpose: 'sync' });
  });

  it('refuses anything outside the contract without touching IPC', async () => {
    const { api } = await exposed();
    const invoke = api.invoke as (op: string, payload: unknown) => Promise<unknown>;
    for (const op of ['shell.openExternal', '__proto__', 'constructor', 'cairn:invoke']) {
      await expect(invoke(op, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    }
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    const on = api.on as (event: string, listener: () => void) => void;
    expect(() => on('some-internal-channel', () => {})).toThrow(/Unknown event/);
  });

  it('answers a flush request with its id on the flushed channel, and sends nothing for anything else', async () => {
    const { api } = await exposed();
    const flushed = api.flushed as (requestId: unknown) => void;
    flushed(7);
    for (const junk of ['7', 1.5, null, { requestId: 7 }]) flushed(junk);
    expect(electron.ipcRenderer.send.mock.calls).toEqual([[FLUSHED_CHANNEL, 7]]);
  });
});
