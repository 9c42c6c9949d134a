// Serves the built renderer over app://cairn/ (not file://), with the CSP on every response.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * Must run before the app is ready. `codeCache` lets V8 keep the compiled renderer bundles between launches (Electron
 * caches code for http(s) only unless a standard custom scheme asks for it), so a second start skips compiling them.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Maps app://cairn/<path> to a file under rendererDir; anything escaping it is a 404. */
export function resolveAppPath(rendererDir: string, requestUrl: string): string | undefined {
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return undefined;
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(rendererDir, relative);
  return file.startsWith(rendererDir + path.sep) ? file : undefined;
}

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
