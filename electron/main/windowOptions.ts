// The main window's construction options: the security settings Cairn never relaxes, plus remembered bounds.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './windowState';

/** Asked for on the command line to debug a packaged build; development builds always have DevTools. */
export const DEBUG_FLAG = '--cairn-debug';

export function devToolsAllowed(isPackaged: boolean, argv: readonly string[]): boolean {
  return !isPackaged || argv.includes(DEBUG_FLAG);
}

export function mainWindowOptions(preloadPath: string, bounds: WindowBounds, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Cairn',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      devTools,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}
