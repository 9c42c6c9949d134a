// Saving exports in the desktop app: only the app's own window, validated requests, native dialogs, files only inside the chosen folder.
import fs from 'node:fs';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { SAVE_EXPORT_CHANNEL } from '../../../../shared/desktopExport';
import { registerExportIpc } from '../../../../electron/main/exportIpc';
import { tempDir } from '../core/coreFixture';

const appFrame = { url: 'app://cairn/index.html', parent: null };

function setup(choice: { save?: string | null; folder?: string | null } = {}) {
  let channel = '';
  let handler: ((event: unknown, payload: unknown) => Promise<unknown>) | undefined;
  const ipcMain = {
    handle: (name: string, fn: typeof handler) => {
      channel = name;
      handler = fn;
    },
  };
  const dialog = {
    showSaveDialog: vi.fn(async () => (choice.save ? { canceled: false, filePath: choice.save } : { canceled: true, filePath: '' })),
    showOpenDialog: vi.fn(async () => (choice.folder ? { canceled: false, filePaths: [choice.folder] } : { canceled: true, filePaths: [] })),
  };
  const sender = { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 brief')) };
  const window = {};
  registerExportIpc(ipcMain as unknown as IpcMain, {
    dialog: dialog as never,
    windowFor: () => window as never,
    files: {
      exists: (target) => fs.existsSync(target),
      mkdir: async (target) => void fs.mkdirSync(target, { recursive: true }),
      writeFile: async (target, data) => fs.writeFileSync(target, data),
    },
  });
  const invoke = (payload: unknown, frame: unknown = appFrame) => handler!({ senderFrame: frame, sender }, payload);
  return { channel, dialog, sender, window, invoke };
}

describe('saving exports in the desktop app', () => {
  it('prints the window to PDF and writes it where the person chose', async () => {
    const target = path.join(tempDir(), 'brief.pdf');
    const { channel, dialog, sender, window, invoke } = setup({ save: target });
    expect(channel).toBe(SAVE_EXPORT_CHANNEL);
    expect(await invoke({ kind: 'pdf', fileName: 'cairn-brief.pdf' })).toEqual({ ok: true, value: { path: target } });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: 'cairn-brief.pdf' }));
    expect(sender.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ printBackground: true }));
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 brief');
  });

  it('writes JSON to the chosen file, and nothing when the dialog is cancelled', async () => {
    const target = path.join(tempDir(), 'cairn.json');
    expect(await setup({ save: target }).invoke({ kind: 'file', fileName: 'cairn.json', text: '{"formatVersion":1}' })).toEqual({
      ok: true,
      value: { path: target },
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('{"formatVersion":1}');
    const cancelled = setup({ save: null });
    expect(await cancelled.invoke({ kind: 'pdf', fileName: 'brief.pdf' })).toEqual({ ok: true, value: { path: null } });
    expect(cancelled.sender.printToPDF).not.toHaveBeenCalled();
  });

  it('writes a zip export and a Markdown folder’s attached files byte for byte', async () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 3, 4, 0, 255, 10, 13]);
    const zipTarget = path.join(tempDir(), 'cairn.zip');
    const zipSaved = setup({ save: zipTarget });
    expect(await zipSaved.invoke({ kind: 'zip', fileName: 'cairn.zip', bytes })).toEqual({ ok: true, value: { path: zipTarget } });
    expect(zipSaved.dialog.showSaveDialog).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ filters: [{ name: 'Zip', extensions: ['zip'] }] }));
    expect(fs.readFileSync(zipTarget).equals(Buffer.from(bytes))).toBe(true);

    const parent = tempDir();
    const files = [{ path: 'reflections/a.md', text: '![a](../attachments/x.png)' }, { path: 'attachments/x.png', bytes }];
    const saved = await setup({ folder: parent }).invoke({ kind: 'folder', folderName: 'cairn', files });
    expect(saved).toEqual({ ok: true, value: { path: path.join(parent, 'cairn') } });
    expect(fs.readFileSync(path.join(parent, 'cairn', 'attachments', 'x.png')).equals(Buffer.from(bytes))).toBe(true);
  });

  it('writes Markdown notes into a new folder inside the chosen one, never into an existing folder', async () => {
    const parent = tempDir();
    fs.mkdirSync(path.join(parent, 'cairn-2026-01-05'));
    const { invoke } = setup({ folder: parent });
    const request = { kind: 'folder', folderName: 'cairn-2026-01-05', files: [{ path: 'strategy.md', text: '# Strategy' }, { path: 'reflections/a.md', text: 'A' }] };
    expect(await invoke(request)).toEqual({ ok: true, value: { path: path.join(parent, 'cairn-2026-01-05 2') } });
    expect(fs.readFileSync(path.join(parent, 'cairn-2026-01-05 2', 'reflections', 'a.md'), 'utf8')).toBe('A');
    expect(fs.readdirSync(path.join(parent, 'cairn-2026-01-05'))).toEqual([]);
  });

  it.each([
    ['a path climbing out', { kind: 'folder', folderName: 'x', files: [{ path: '../escape.md', text: '' }] }],
    ['an absolute path', { kind: 'folder', folderName: 'x', files: [{ path: '/etc/passwd', text: '' }] }],
    ['a folder name with a separator', { kind: 'folder', folderName: '../x', files: [] }],
    ['an unknown kind', { kind: 'shell', command: 'rm -rf /' }],
  ])('refuses %s before any dialog opens', async (_label, request) => {
    const parent = tempDir();
    const { dialog, invoke } = setup({ folder: parent, save: path.join(parent, 'x') });
    expect(await invoke(request)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(fs.readdirSync(parent)).toEqual([]);
  });

  it('answers only the app’s own top-level frame', async () => {
    const { dialog, invoke } = setup({ save: '/tmp/never.pdf' });
    expect(await invoke({ kind: 'pdf', fileName: 'b.pdf' }, { url: 'https://evil.example/', parent: null })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
