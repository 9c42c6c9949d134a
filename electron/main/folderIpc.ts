// Lets the app's own window choose a folder through the native dialog (the folder Settings → Sync syncs through).
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHOOSE_FOLDER_CHANNEL, chooseFolderRequestSchema, type ChooseFolderRequest, type ChosenFolder } from '../../shared/desktopFolder';
import type { Envelope } from '../../shared/errors';
import { isTrustedSender } from './ipc';

export interface FolderIpcDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  windowFor(contents: WebContents): BrowserWindow | null;
}

const forbidden: Envelope<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'Only Cairn’s own window may choose folders.' } };

const wording: Record<ChooseFolderRequest['purpose'], { title: string; buttonLabel: string }> = {
  sync: { title: 'Choose the folder to sync through', buttonLabel: 'Sync through this folder' },
};

async function choose(event: IpcMainInvokeEvent, request: ChooseFolderRequest, deps: FolderIpcDeps): Promise<ChosenFolder> {
  const win = deps.windowFor(event.sender);
  if (!win) return { path: null };
  const chosen = await deps.dialog.showOpenDialog(win, { ...wording[request.purpose], properties: ['openDirectory', 'createDirectory'] });
  const folder = chosen.filePaths[0];
  return { path: chosen.canceled || folder === undefined ? null : folder };
}

export function registerFolderIpc(ipcMain: Pick<IpcMain, 'handle'>, deps: FolderIpcDeps): void {
  ipcMain.handle(CHOOSE_FOLDER_CHANNEL, async (event, payload: unknown): Promise<Envelope<ChosenFolder>> => {
    if (!isTrustedSender(event)) return forbidden;
    const parsed = chooseFolderRequestSchema.safeParse(payload);
    if (!parsed.success) return { ok: false, error: { code: 'VALIDATION', message: 'Invalid folder request.' } };
    try {
      return { ok: true, value: await choose(event, parsed.data, deps) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'INTERNAL', message: `The folder dialog did not open (${reason}).` } };
    }
  });
}
