// Lets the app's own window choose a folder through the native dialog (the folder Settings → Sync syncs through).
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHOOSE_FOLDER_CHANNEL, chooseFolderRequestSchema, type ChooseFolderRequest, type ChosenFolder } from '../../shared/desktopFolder';
import { handleShellRequest, type ShellRequestWords } from './ipc';

export interface FolderIpcDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  windowFor(contents: WebContents): BrowserWindow | null;
}

const words: ShellRequestWords = {
  forbidden: 'Only Cairn’s own window may choose folders.',
  invalid: () => 'Invalid folder request.',
  failed: (reason) => `The folder dialog did not open (${reason}).`,
};

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
  handleShellRequest(ipcMain, CHOOSE_FOLDER_CHANNEL, chooseFolderRequestSchema, words, (event, request) => choose(event, request, deps));
}
