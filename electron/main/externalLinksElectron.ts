// Wires the external-link opener to a native confirmation dialog and the system browser.
import { dialog, shell, type BrowserWindow } from 'electron';
import { createExternalLinkOpener } from './externalLinks';

export function externalLinkOpenerFor(win: BrowserWindow) {
  return createExternalLinkOpener({
    async confirm(url) {
      const { response } = await dialog.showMessageBox(win, {
        type: 'question',
        buttons: ['Open in Browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: 'Open this link in your web browser?',
        detail: `${url}\n\nCairn stays offline; your browser will load the page.`,
      });
      return response === 0;
    },
    open: (url) => shell.openExternal(url),
  });
}
