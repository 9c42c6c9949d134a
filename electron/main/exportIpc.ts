// Saves exports from the app's own window through native dialogs: JSON to a file, Markdown into a folder, the brief as PDF.
import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { SAVE_EXPORT_CHANNEL, saveExportRequestSchema, type SaveExportRequest, type SavedExport } from '../../shared/desktopExport';
import { handleShellRequest, type ShellRequestWords } from './ipc';

export interface ExportFiles {
  exists(target: string): boolean;
  mkdir(target: string): Promise<void>;
  writeFile(target: string, data: string | Uint8Array): Promise<void>;
}

export interface ExportIpcDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  windowFor(contents: WebContents): BrowserWindow | null;
  files: ExportFiles;
}

const words: ShellRequestWords = {
  forbidden: 'Only Cairn’s own window may save exports.',
  invalid: (problem) => `Invalid export request (${problem})`,
  failed: (reason) => `The export was not saved (${reason}).`,
};

/** "Cairn export", then "Cairn export 2", …: an existing folder is never written into. */
function freshFolder(parent: string, name: string, files: ExportFiles): string {
  let candidate = path.join(parent, name);
  for (let n = 2; files.exists(candidate); n++) candidate = path.join(parent, `${name} ${n}`);
  return candidate;
}

async function saveFolder(request: Extract<SaveExportRequest, { kind: 'folder' }>, parent: string, files: ExportFiles): Promise<string> {
  const root = freshFolder(parent, request.folderName, files);
  await files.mkdir(root);
  for (const file of request.files) {
    const target = path.resolve(root, file.path);
    // The schema already refuses ".." and absolute paths; this keeps the guarantee even if that check changes.
    if (!target.startsWith(root + path.sep)) throw new Error(`Refused to write outside the export folder: ${file.path}`);
    await files.mkdir(path.dirname(target));
    await files.writeFile(target, 'text' in file ? file.text : file.bytes);
  }
  return root;
}

async function save(event: IpcMainInvokeEvent, request: SaveExportRequest, deps: ExportIpcDeps): Promise<SavedExport> {
  const win = deps.windowFor(event.sender);
  if (!win) return { path: null };
  if (request.kind === 'folder') {
    const chosen = await deps.dialog.showOpenDialog(win, {
      title: 'Choose where to save the Markdown folder',
      buttonLabel: 'Save here',
      properties: ['openDirectory', 'createDirectory'],
    });
    const parent = chosen.filePaths[0];
    if (chosen.canceled || parent === undefined) return { path: null };
    return { path: await saveFolder(request, parent, deps.files) };
  }
  const filters = { pdf: [{ name: 'PDF', extensions: ['pdf'] }], zip: [{ name: 'Zip', extensions: ['zip'] }], file: [{ name: 'JSON', extensions: ['json'] }] };
  const chosen = await deps.dialog.showSaveDialog(win, { defaultPath: request.fileName, filters: filters[request.kind] });
  if (chosen.canceled || !chosen.filePath) return { path: null };
  const data =
    request.kind === 'pdf'
      ? new Uint8Array(await event.sender.printToPDF({ printBackground: true, pageSize: 'A4' }))
      : request.kind === 'zip'
        ? request.bytes
        : request.text;
  await deps.files.writeFile(chosen.filePath, data);
  return { path: chosen.filePath };
}

export function registerExportIpc(ipcMain: Pick<IpcMain, 'handle'>, deps: ExportIpcDeps): void {
  handleShellRequest(ipcMain, SAVE_EXPORT_CHANNEL, saveExportRequestSchema, words, (event, request) => save(event, request, deps));
}
