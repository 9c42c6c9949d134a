// Choosing the sync folder in the desktop app: only the app's own window, a validated request, the native dialog's answer.
import type { IpcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHOOSE_FOLDER_CHANNEL } from '../../../../shared/desktopFolder';
import { registerFolderIpc } from '../../../../electron/main/folderIpc';

const appFrame = { url: 'app://cairn/index.html', parent: null };

function setup(answer: { folder?: string | null; fails?: boolean; window?: boolean } = {}) {
  let channel = '';
  let handler: ((event: unknown, payload: unknown) => Promise<unknown>) | undefined;
  const ipcMain = {
    handle: (name: string, fn: typeof handler) => {
      channel = name;
      handler = fn;
    },
  };
  const dialog = {
    showOpenDialog: vi.fn(async () => {
      if (answer.fails) throw new Error('no portal');
      return answer.folder ? { canceled: false, filePaths: [answer.folder] } : { canceled: true, filePaths: [] };
    }),
  };
  const window = {};
  registerFolderIpc(ipcMain as unknown as IpcMain, { dialog: dialog as never, windowFor: () => (answer.window === false ? null : (window as never)) });
  const invoke = (payload: unknown, frame: unknown = appFrame) => handler!({ senderFrame: frame, sender: {} }, payload);
  return { channel, dialog, window, invoke };
}

describe('choosing a folder in the desktop app', () => {
  it('opens a folder dialog over the window and answers the folder chosen', async () => {
    const { channel, dialog, window, invoke } = setup({ folder: '/home/ada/Sync' });
    expect(channel).toBe(CHOOSE_FOLDER_CHANNEL);
    expect(await invoke({ purpose: 'sync' })).toEqual({ ok: true, value: { path: '/home/ada/Sync' } });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ title: 'Choose the folder to sync through', properties: expect.arrayContaining(['openDirectory']) }),
    );
  });

  it('answers null when the dialog is cancelled or there is no window to open it over', async () => {
    expect(await setup({ folder: null }).invoke({ purpose: 'sync' })).toEqual({ ok: true, value: { path: null } });
    const windowless = setup({ folder: '/home/ada/Sync', window: false });
    expect(await windowless.invoke({ purpose: 'sync' })).toEqual({ ok: true, value: { path: null } });
    expect(windowless.dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses a request it does not know before any dialog opens', async () => {
    for (const request of [{ purpose: 'anything' }, { purpose: 'sync', defaultPath: '/etc' }, null]) {
      const { dialog, invoke } = setup({ folder: '/home/ada/Sync' });
      expect(await invoke(request)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    }
  });

  it('answers only the app’s own top-level frame', async () => {
    const { dialog, invoke } = setup({ folder: '/home/ada/Sync' });
    expect(await invoke({ purpose: 'sync' }, { url: 'https://evil.example/', parent: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke({ purpose: 'sync' }, { url: 'app://cairn/index.html', parent: appFrame })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('says the dialog did not open when it fails', async () => {
    expect(await setup({ fails: true }).invoke({ purpose: 'sync' })).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'The folder dialog did not open (no portal).' },
    });
  });
});
