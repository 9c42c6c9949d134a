// Locks a window's web contents down: no navigation away, no new windows (links go to the system browser), no permissions, no webviews.
import type { Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'cairn';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True only for the app's own pages, served from app://cairn/. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * `onExternalLink` receives every URL the page tries to open in a new window (a link in an entry's preview); the
 * window itself is always refused, so the app never navigates and never hosts a web page.
 */
export function hardenWebContents(contents: WebContents, onExternalLink?: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    onExternalLink?.(url);
    return { action: 'deny' };
  });
}

/** Only the app's own pages and data: URLs load; DevTools' own pages only when DevTools are allowed at all. */
export function hardenSession(session: Session, devTools: boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAppUrl(details.url) || details.url.startsWith('data:') || (devTools && details.url.startsWith('devtools://'));
    callback({ cancel: !allowed });
  });
}
