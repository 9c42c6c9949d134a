// The main window never relaxes Electron's security settings, whatever bounds it is given.
import { describe, expect, it } from 'vitest';
import { devToolsAllowed, mainWindowOptions } from '../../../../electron/main/windowOptions';

describe('main window options', () => {
  it('isolates the page from Node and Electron', () => {
    const options = mainWindowOptions('/app/preload.cjs', { width: 800, height: 600, x: 10, y: 20 }, false);
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(options).toMatchObject({ width: 800, height: 600, x: 10, y: 20, show: false });
  });

  it('allows DevTools in development, and in a packaged build only with --cairn-debug', () => {
    expect(devToolsAllowed(false, [])).toBe(true);
    expect(devToolsAllowed(true, ['/opt/Cairn/cairn'])).toBe(false);
    expect(devToolsAllowed(true, ['/opt/Cairn/cairn', '--cairn-debug'])).toBe(true);
  });
});
