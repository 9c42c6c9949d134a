// Electron main process: lifecycle, the single window, and the core behind validated IPC.
import fs from 'node:fs';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, screen, session } from 'electron';
import { EVENT_CHANNEL } from '../../shared/events';
import { startCoreThread, type CoreThread } from '../core/worker/coreThread';
import { resolveDataDir } from '../core/dataDir';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../core/privateFiles';
import { handleAppProtocol, registerAppScheme } from './appProtocol';
import { registerExportIpc } from './exportIpc';
import { registerFolderIpc } from './folderIpc';
import { externalLinkOpenerFor } from './externalLinksElectron';
import { holdCloseUntilFlushed } from './flushOnClose';
import { registerIpc } from './ipc';
import { coreWorkerPath } from './coreWorkerPath';
import { menuTemplate } from './menu';
import { APP_ORIGIN, hardenSession, hardenWebContents } from './security';
import { configureSpellchecker } from './spellcheck';
import { devToolsAllowed, mainWindowOptions } from './windowOptions';
import { loadStoredBounds, restoreBounds, saveBounds } from './windowState';


const dataDir = resolveDataDir({
  argv: process.argv,
  env: process.env,
  defaultDir: () => app.getPath('userData'),
});
app.setPath('userData', dataDir);
registerAppScheme();

const devTools = devToolsAllowed(app.isPackaged, process.argv);
let core: CoreThread | undefined;
let mainWindow: BrowserWindow | undefined;

function createWindow(): BrowserWindow {
  const bounds = restoreBounds(
    loadStoredBounds(dataDir),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const win = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs'), bounds, devTools));
  const openExternal = externalLinkOpenerFor(win);
  hardenWebContents(win.webContents, (url) => void openExternal(url).catch((error: unknown) => console.error(error)));
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveBounds(dataDir, win.getNormalBounds()));
  holdCloseUntilFlushed(win, ipcMain, {
    requestFlush: (requestId) => win.webContents.send(EVENT_CHANNEL, 'app:flush', { requestId }),
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  try {
    // SQLite runs in the core's own thread, so an import or a migration never freezes the window.
    core = await startCoreThread({ entry: coreWorkerPath(), dataDir, appVersion: app.getVersion(), host: 'electron' });
  } catch (error) {
    dialog.showErrorBox('Cairn could not open your journal', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  hardenSession(session.defaultSession, devTools);
  configureSpellchecker(session.defaultSession, process.platform);
  handleAppProtocol(path.join(__dirname, '..', 'renderer'));
  registerIpc(ipcMain, core.dispatch);
  registerExportIpc(ipcMain, {
    dialog,
    windowFor: (contents) => BrowserWindow.fromWebContents(contents),
    files: {
      exists: (target) => fs.existsSync(target),
      mkdir: async (target) => void (await fs.promises.mkdir(target, { recursive: true, mode: PRIVATE_DIR_MODE })),
      // Exports hold the whole journal in the clear: private like the data folder, even where the file existed.
      writeFile: async (target, data) => {
        await fs.promises.writeFile(target, data, { mode: PRIVATE_FILE_MODE });
        await fs.promises.chmod(target, PRIVATE_FILE_MODE);
      },
    },
  });
  registerFolderIpc(ipcMain, { dialog, windowFor: (contents) => BrowserWindow.fromWebContents(contents) });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(process.platform, (command) => mainWindow?.webContents.send(EVENT_CHANNEL, 'menu:command', { command })),
    ),
  );
  mainWindow = createWindow();
  // Every committed write (and a restart of the core, and progress) reaches the window; the preload's `on` delivers it.
  core.onEvent((event) => mainWindow?.webContents.send(EVENT_CHANNEL, event.name, event.payload));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(error);
      app.exit(1);
    });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    const closing = core;
    if (!closing) return;
    // Quit waits for the core to finish its writes and checkpoint; the second will-quit finds nothing left to close.
    core = undefined;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
}
