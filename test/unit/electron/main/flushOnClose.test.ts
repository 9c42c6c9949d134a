// Closing the window waits for the renderer's flush (never longer than the bound), and only the app's own page may answer.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLUSHED_CHANNEL } from '../../../../shared/events';
import { FLUSH_TIMEOUT_MS, holdCloseUntilFlushed } from '../../../../electron/main/flushOnClose';

const appFrame = { url: 'app://cairn/index.html', parent: null };

function setup({ crashed = false } = {}) {
  const webContents = { isCrashed: () => crashed };
  const win = Object.assign(new EventEmitter(), {
    webContents,
    closed: 0,
    isDestroyed: () => false,
    close() {
      // Electron emits 'close' again for the second close; the guard must let it through.
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      win.emit('close', event);
      if (!event.defaultPrevented) win.closed += 1;
    },
  });
  const ipcMain = new EventEmitter();
  const requests: number[] = [];
  holdCloseUntilFlushed(win, ipcMain as never, { requestFlush: (id) => requests.push(id) });
  const answer = (requestId: unknown, sender: unknown = webContents, senderFrame: unknown = appFrame) =>
    ipcMain.emit(FLUSHED_CHANNEL, { sender, senderFrame }, requestId);
  return { win, requests, answer };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('closing the window', () => {
  it('asks the page to flush and closes once it answers', () => {
    const { win, requests, answer } = setup();
    win.close();
    expect(win.closed).toBe(0);
    expect(requests).toEqual([1]);
    win.close();
    expect(requests).toEqual([1]);
    answer(1);
    expect(win.closed).toBe(1);
  });

  it('ignores answers from other pages, other frames and stale requests', () => {
    const { win, answer } = setup();
    win.close();
    answer(1, { isCrashed: () => false });
    answer(1, undefined, { url: 'https://evil.example/', parent: null });
    answer(1, undefined, { url: 'app://cairn/index.html', parent: {} });
    answer(2);
    expect(win.closed).toBe(0);
  });

  it('closes anyway after the bound when the page never answers', () => {
    const { win } = setup();
    win.close();
    vi.advanceTimersByTime(FLUSH_TIMEOUT_MS - 1);
    expect(win.closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(win.closed).toBe(1);
  });

  it('closes at once when the page has crashed', () => {
    const { win, requests } = setup({ crashed: true });
    win.close();
    expect(requests).toEqual([]);
    expect(win.closed).toBe(1);
  });
});
