// Picks how operations travel: the preload bridge in the desktop app, loopback HTTP in browser mode.
import type { EventName } from '../../shared/contract';
import { TOKEN_HEADER } from '../../shared/browserHost';
import { createChangeStream } from './changeStream';

export interface Transport {
  readonly kind: 'electron' | 'browser';
  invoke(operation: string, payload: unknown): Promise<unknown>;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  /** Desktop only: tells the shell its `app:flush` request is done, so it may close the window. */
  flushed(requestId: number): void;
  /** Desktop only: saves an export through native dialogs (see shared/desktopExport.ts); absent in browser mode. */
  readonly saveExport?: (request: unknown) => Promise<unknown>;
  /** Desktop only: chooses a folder through a native dialog (see shared/desktopFolder.ts); absent in browser mode. */
  readonly chooseFolder?: (request: unknown) => Promise<unknown>;
}

interface CairnBridge {
  invoke(operation: string, payload: unknown): Promise<unknown>;
  /** Desktop only: saves an export through a native dialog (see shared/desktopExport.ts). */
  saveExport?(request: unknown): Promise<unknown>;
  /** Desktop only: chooses a folder through a native dialog (see shared/desktopFolder.ts). */
  chooseFolder?(request: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  flushed(requestId: number): void;
}

declare global {
  interface Window {
    cairn?: CairnBridge;
  }
}

const TOKEN_KEY = 'cairn.token';
/**
 * At most three UTF-8 bytes per character: well inside the browsers’ 64 KiB budget for keepalive requests, which is
 * shared by every request still in flight; saveLifecycle.ts holds a closing tab when the unsaved edits exceed it.
 */
export const KEEPALIVE_MAX_CHARS = 16_000;

/** Takes the launch token from the URL fragment once, keeps it for reloads, and removes it from the address bar. */
export function takeBrowserToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY);
}

function httpTransport(token: string | null): Transport {
  const events = createChangeStream(() => ({ [TOKEN_HEADER]: token ?? '' }));
  return {
    kind: 'browser',
    async invoke(operation, payload) {
      const body = JSON.stringify(payload ?? {});
      const response = await fetch(`/api/${encodeURIComponent(operation)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token ?? '' },
        body,
        // A save started as the tab closes must still arrive; browsers allow keepalive only for small bodies.
        keepalive: body.length <= KEEPALIVE_MAX_CHARS,
      });
      return response.json();
    },
    on: (event, listener) => events.on(event, listener),
    flushed: () => {},
  };
}

function bridgeTransport(bridge: CairnBridge): Transport {
  const saveExport = bridge.saveExport;
  const chooseFolder = bridge.chooseFolder;
  return {
    kind: 'electron',
    invoke: (operation, payload) => bridge.invoke(operation, payload),
    on: (event, listener) => bridge.on(event, listener),
    flushed: (requestId) => bridge.flushed(requestId),
    ...(saveExport ? { saveExport: (request: unknown) => saveExport(request) } : {}),
    ...(chooseFolder ? { chooseFolder: (request: unknown) => chooseFolder(request) } : {}),
  };
}

export function pickTransport(): Transport {
  if (window.cairn) return bridgeTransport(window.cairn);
  return httpTransport(takeBrowserToken(window.location, window.sessionStorage, window.history));
}
