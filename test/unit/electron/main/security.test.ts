// Navigation, new windows, webviews and permission requests are all refused outside app://cairn/.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { hardenSession, hardenWebContents, isAppUrl } from '../../../../electron/main/security';
import { configureSpellchecker, NO_DICTIONARY_URL } from '../../../../electron/main/spellcheck';

function fakeContents(onExternalLink?: (url: string) => void) {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  });
  hardenWebContents(contents as unknown as WebContents, onExternalLink);
  return {
    navigate(event: string, url: string) {
      const preventDefault = vi.fn();
      emitter.emit(event, { preventDefault }, url);
      return preventDefault.mock.calls.length > 0;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('web contents hardening', () => {
  it('recognises only the app’s own origin', () => {
    expect(isAppUrl('app://cairn/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://example.com')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('blocks navigation and redirects away from the app', () => {
    const contents = fakeContents();
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://cairn/index.html')).toBe(false);
  });

  it('denies every new window and webview', () => {
    const contents = fakeContents();
    expect(contents.open('https://example.com')).toEqual({ action: 'deny' });
    expect(contents.open('app://cairn/index.html')).toEqual({ action: 'deny' });
    expect(contents.navigate('will-attach-webview', '')).toBe(true);
  });

  it('hands a link the page tried to open to the external-link opener, still without opening a window', () => {
    const onExternalLink = vi.fn();
    const contents = fakeContents(onExternalLink);
    expect(contents.open('https://example.com/notes')).toEqual({ action: 'deny' });
    expect(onExternalLink).toHaveBeenCalledWith('https://example.com/notes');
  });
});

describe('session hardening', () => {
  it('denies permissions and cancels requests to anything but the app', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let beforeRequest: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      webRequest: { onBeforeRequest: (h: typeof beforeRequest) => (beforeRequest = h) },
    };
    hardenSession(session as unknown as Session, false);
    const granted = vi.fn();
    requestHandler?.(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(checkHandler?.()).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      beforeRequest?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://tracker.example/pixel.gif')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('app://cairn/assets/index.js')).toBe(false);
    // Where the spellchecker is sent for Hunspell dictionaries, and DevTools' pages when DevTools are off.
    expect(decide(`${NO_DICTIONARY_URL}en-us-10-1.bdic`)).toBe(true);
    expect(decide('https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic')).toBe(true);
    expect(decide('devtools://devtools/bundled/inspector.html')).toBe(true);
  });
});

describe('spellchecker', () => {
  it('uses the OS spellchecker on macOS and points Hunspell at an address nothing answers elsewhere', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const session = { setSpellCheckerDictionaryDownloadURL: vi.fn() };
      configureSpellchecker(session, platform);
      expect(session.setSpellCheckerDictionaryDownloadURL.mock.calls, platform).toEqual(platform === 'darwin' ? [] : [[NO_DICTIONARY_URL]]);
    }
    expect(new URL(NO_DICTIONARY_URL).hostname.endsWith('.invalid')).toBe(true);
  });
});
