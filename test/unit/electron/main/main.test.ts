// The main process against a mocked electron: one instance, a hardened window on app://cairn/, IPC wired, core closed on quit.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coreWorkerScript } from '../../../support/coreWorkerScript';
import { makeTempDir, removeDir } from '../../../support/tempDir';

function mockElectron(gotLock: boolean, isPackaged: boolean) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged,
    getPath: vi.fn(() => '/unused/default'),
    setPath: vi.fn(),
    getVersion: () => '1.2.3',
    requestSingleInstanceLock: vi.fn(() => gotLock),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  const windows: Array<{
    options: Record<string, unknown>;
    url?: string;
    focus: () => void;
    restore: () => void;
    send: ReturnType<typeof vi.fn>;
    instance?: InstanceType<typeof BrowserWindow>;
  }> = [];
  class BrowserWindow extends EventEmitter {
    webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn(), send: vi.fn(), isCrashed: () => false });
    closed = false;
    isDestroyed() {
      return this.closed;
    }
    close() {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      this.emit('close', event);
      if (!event.defaultPrevented) this.closed = true;
    }
    record: (typeof windows)[number];
    constructor(options: Record<string, unknown>) {
      super();
      this.record = { options, focus: vi.fn(), restore: vi.fn(), send: this.webContents.send, instance: this };
      windows.push(this.record);
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
    isMinimized() {
      return true;
    }
    restore() {
      this.record.restore();
    }
    focus() {
      this.record.focus();
    }
    show() {}
    getNormalBounds() {
      return { x: 0, y: 0, width: 900, height: 700 };
    }
  }
  const ipcMain = Object.assign(new EventEmitter(), { handle: vi.fn() });
  return {
    windows,
    module: {
      app,
      BrowserWindow,
      ipcMain,
      Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
      dialog: { showErrorBox: vi.fn() },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setSpellCheckerDictionaryDownloadURL: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn() },
        },
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      net: { fetch: vi.fn() },
    },
  };
}

let dir: string;

beforeEach(() => {
  dir = makeTempDir();
  vi.stubEnv('CAIRN_DATA_DIR', dir);
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.doUnmock('electron');
  vi.doUnmock('../../../../electron/main/coreWorkerPath');
  removeDir(dir);
});

async function boot(gotLock: boolean, isPackaged = false) {
  const electron = mockElectron(gotLock, isPackaged);
  const workerScript = await coreWorkerScript();
  vi.doMock('electron', () => electron.module);
  vi.doMock('../../../../electron/main/coreWorkerPath', () => ({ coreWorkerPath: () => workerScript }));
  await import('../../../../electron/main/main');
  // The window opens once the core's worker thread has opened the journal.
  if (gotLock) await vi.waitFor(() => expect(electron.windows).toHaveLength(1), { timeout: 20_000 });
  return electron;
}

/** Quits as Electron does: will-quit, which main holds until the core has closed, then quit again. */
async function quit(electron: ReturnType<typeof mockElectron>) {
  const event = { preventDefault: vi.fn() };
  electron.module.app.emit('will-quit', event);
  if (event.preventDefault.mock.calls.length > 0) await vi.waitFor(() => expect(electron.module.app.quit).toHaveBeenCalled(), { timeout: 20_000 });
}

describe('main process', () => {
  it('opens one hardened window on the app origin, with the data folder and IPC set up', async () => {
    const electron = await boot(true);
    expect(electron.module.app.setPath).toHaveBeenCalledWith('userData', dir);
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) },
    ]);
    expect(electron.windows).toHaveLength(1);
    const win = electron.windows[0]!;
    expect(win.url).toBe('app://cairn/index.html');
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(electron.module.ipcMain.handle).toHaveBeenCalledWith('cairn:invoke', expect.any(Function));
    expect(electron.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fs.existsSync(path.join(dir, 'cairn.db'))).toBe(true);

    electron.module.app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();

    await quit(electron);
    expect(fs.existsSync(path.join(dir, 'cairn.lock'))).toBe(false);
  });

  it('pushes each committed write to the window on the event channel', async () => {
    const electron = await boot(true);
    const [, invoke] = electron.module.ipcMain.handle.mock.calls.find(([channel]) => channel === 'cairn:invoke') as [
      string,
      (event: unknown, operation: string, payload: unknown) => Promise<{ ok: boolean; value?: { id: string } }>,
    ];
    const trusted = { senderFrame: { url: 'app://cairn/index.html', parent: null } };
    const created = await invoke(trusted, 'values.create', { label: 'Teaching' });
    await invoke(trusted, 'values.list', {});
    const send = electron.windows[0]!.send;
    expect(send.mock.calls).toEqual([['cairn:event', 'core:changed', { aggregates: ['values'], ids: { values: [created.value?.id] } }]]);
    await quit(electron);
  });

  it('holds the window open until the page has flushed its savers', async () => {
    const electron = await boot(true);
    const win = electron.windows[0]!.instance!;
    win.close();
    expect(win.closed).toBe(false);
    expect(win.webContents.send).toHaveBeenCalledWith('cairn:event', 'app:flush', { requestId: 1 });
    electron.module.ipcMain.emit('cairn:flushed', { sender: win.webContents, senderFrame: { url: 'app://cairn/index.html', parent: null } }, 1);
    expect(win.closed).toBe(true);
    await quit(electron);
  });

  it('gives a packaged build no DevTools unless started with --cairn-debug', async () => {
    const packaged = await boot(true, true);
    expect(packaged.windows[0]!.options.webPreferences).toMatchObject({ devTools: false, spellcheck: true });
    await quit(packaged);

    vi.resetModules();
    process.argv.push('--cairn-debug');
    try {
      const debugging = await boot(true, true);
      expect(debugging.windows[0]!.options.webPreferences).toMatchObject({ devTools: true });
      await quit(debugging);
    } finally {
      process.argv.pop();
    }
  });

  it('points the Hunspell dictionary downloader nowhere outside macOS, so spellchecking never fetches from the internet', async () => {
    const electron = await boot(true);
    const setUrl = electron.module.session.defaultSession.setSpellCheckerDictionaryDownloadURL;
    if (process.platform === 'darwin') expect(setUrl).not.toHaveBeenCalled();
    else expect(setUrl).toHaveBeenCalledWith('https://dictionaries.invalid/');
    await quit(electron);
  });

  it('quits at once when another instance already holds the lock', async () => {
    const electron = await boot(false);
    expect(electron.module.app.quit).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });
});
