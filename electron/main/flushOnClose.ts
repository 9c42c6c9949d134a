// Holds the window's close (and with it the app's quit) until the renderer says every saver has flushed, for at most
// FLUSH_TIMEOUT_MS: words typed a moment before closing reach the journal, and a hung renderer cannot keep Cairn open.
import type { IpcMain, IpcMainEvent, WebContents } from 'electron';
import { FLUSHED_CHANNEL } from '../../shared/events';
import { isTrustedSender } from './ipc';

export const FLUSH_TIMEOUT_MS = 5_000;

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  webContents: Pick<WebContents, 'isCrashed'>;
}

export interface FlushOnCloseOptions {
  /** Sends `app:flush` with this request id to the window's page. */
  requestFlush(requestId: number): void;
  timeoutMs?: number;
}

export function holdCloseUntilFlushed(win: ClosableWindow, ipcMain: Pick<IpcMain, 'on'>, options: FlushOnCloseOptions): void {
  const timeoutMs = options.timeoutMs ?? FLUSH_TIMEOUT_MS;
  let flushed = false;
  let waiting: { requestId: number; timer: ReturnType<typeof setTimeout> } | null = null;
  let lastRequestId = 0;

  function closeNow() {
    if (waiting) clearTimeout(waiting.timer);
    waiting = null;
    flushed = true;
    if (!win.isDestroyed()) win.close();
  }

  win.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    if (waiting) return;
    // A crashed page has nothing left to flush, and would never answer.
    if (win.webContents.isCrashed()) return closeNow();
    lastRequestId += 1;
    waiting = { requestId: lastRequestId, timer: setTimeout(closeNow, timeoutMs) };
    options.requestFlush(lastRequestId);
  });

  ipcMain.on(FLUSHED_CHANNEL, (event: IpcMainEvent, requestId: unknown) => {
    if (event.sender !== win.webContents || !isTrustedSender(event)) return;
    if (waiting && requestId === waiting.requestId) closeNow();
  });
}
