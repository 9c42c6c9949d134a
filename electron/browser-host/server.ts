// The browser host's HTTP server: the built renderer, POST /api/<operation> and the change stream, bound to 127.0.0.1 only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { EVENTS_PATH } from '../../shared/browserHost';
import type { Envelope } from '../../shared/errors';
import type { Dispatch } from '../core/dispatch';
import type { CoreEvent } from '../core/worker/coreThread';
import { hasToken, isAllowedHost, isAllowedOrigin, sameSecret, SESSION_COOKIE } from './requestGuard';
import { resolveStaticFile } from './staticFiles';

/** Server-Sent Events of the core's changes; same token, Host and Origin checks as the API. */

/** Large enough for the biggest entry the contract accepts, encoded as JSON. */
export const MAX_REQUEST_BYTES = 96 * 1024 * 1024;

export interface BrowserHostOptions {
  dispatch: Dispatch;
  staticDir: string;
  token: string;
  /** Exchanged once, at /launch/<code>, for a session cookie: what the browser is opened with instead of the token. */
  launchCode?: string;
  port: number;
  /** The core's events (its change feed, a restart, progress); streamed to every open page. */
  onEvent?: (listener: (event: CoreEvent) => void) => () => void;
}

export const LAUNCH_PATH = '/launch/';

export interface RunningHost {
  port: number;
  /** Carries the token in its fragment: printed for the person who started Cairn, never put on a command line. */
  url: string;
  /** The one-time address a browser is opened with (null without a launch code). */
  launchUrl: string | null;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export function startBrowserHost(options: BrowserHostOptions): Promise<RunningHost> {
  let port = options.port;
  let launchCodeUsed = false;
  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, failure('INTERNAL', 'The host could not answer.'));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers, port)) {
      sendJson(res, 403, failure('FORBIDDEN', 'Requests must be addressed to 127.0.0.1 or localhost.'));
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    // The page opens the stream with POST: a browser sends Origin with it, which the launch cookie needs to count.
    if (url.pathname === EVENTS_PATH && (req.method === 'POST' || req.method === 'GET')) {
      streamChanges(req, res);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, decodeURIComponent(url.pathname.slice('/api/'.length)));
      return;
    }
    if (url.pathname.startsWith(LAUNCH_PATH)) {
      handleLaunch(res, url.pathname.slice(LAUNCH_PATH.length));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, failure('FORBIDDEN', 'Only GET is served outside /api/.'));
      return;
    }
    const file = resolveStaticFile(options.staticDir, url.pathname);
    if (!file) {
      res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  /** One check for every API request, the change stream included: the page's Origin and the launch token. */
  function refuseForeign(req: http.IncomingMessage, res: http.ServerResponse): boolean {
    if (isAllowedOrigin(req.headers, port) && hasToken(req.headers, options.token)) return false;
    req.resume();
    sendJson(res, 403, failure('FORBIDDEN', 'This request did not come from this Cairn window.'));
    return true;
  }

  /**
   * The page reads this with fetch, which sends the token header (EventSource cannot), so no secret is ever put in a
   * URL. A comment opens the stream at once, so the page knows from when on it misses nothing.
   */
  function streamChanges(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (refuseForeign(req, res)) return;
    res.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    const stop = options.onEvent?.((event) => res.write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`));
    res.on('close', () => stop?.());
  }

  /** A command line is readable by every user of the computer, so what the browser is opened with works only once. */
  function handleLaunch(res: http.ServerResponse, code: string): void {
    if (options.launchCode === undefined || launchCodeUsed || !sameSecret(code, options.launchCode)) {
      sendJson(res, 403, failure('FORBIDDEN', 'This launch link was already used or is not valid. Use the address Cairn printed.'));
      return;
    }
    launchCodeUsed = true;
    res.writeHead(303, {
      ...securityHeaders,
      Location: '/',
      'Set-Cookie': `${SESSION_COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/`,
    });
    res.end();
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, operation: string): Promise<void> {
    if (refuseForeign(req, res)) return;
    if (req.method !== 'POST') {
      req.resume();
      sendJson(res, 405, failure('FORBIDDEN', 'API operations are POST requests.'));
      return;
    }
    const body = await readBody(req);
    if (body === 'too-large') {
      sendJson(res, 413, failure('VALIDATION', 'The request is larger than Cairn accepts.'));
      return;
    }
    let payload: unknown;
    try {
      payload = body.length === 0 ? undefined : JSON.parse(body);
    } catch {
      sendJson(res, 400, failure('VALIDATION', 'Invalid request (the body is not valid JSON).'));
      return;
    }
    const envelope = await options.dispatch(operation, payload);
    sendJson(res, 200, envelope);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        port,
        url: `http://127.0.0.1:${port}/#token=${options.token}`,
        launchUrl: options.launchCode === undefined ? null : `http://127.0.0.1:${port}${LAUNCH_PATH}${options.launchCode}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function readBody(req: http.IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function failure(code: 'FORBIDDEN' | 'VALIDATION' | 'INTERNAL', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
