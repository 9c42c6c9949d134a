// Decides whether an HTTP request may reach the API: loopback Host, same-origin Origin, the session token (header or cookie).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { TOKEN_HEADER } from '../../shared/browserHost';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** A Host header we answer to at all; anything else could be DNS rebinding. */
export function isAllowedHost(headers: IncomingHttpHeaders, port: number): boolean {
  return typeof headers.host === 'string' && allowedHosts(port).has(headers.host.toLowerCase());
}

/** No Origin (same-origin GET, curl) is fine; a present Origin must be the app's own. */
export function isAllowedOrigin(headers: IncomingHttpHeaders, port: number): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}

export const SESSION_COOKIE = 'cairn_session';

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sessionCookie(headers: IncomingHttpHeaders): string | null {
  for (const part of (headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return null;
}

/**
 * The token in the header (the page took it from the printed URL), or in the session cookie a launch code set. The
 * cookie is sent by the browser on its own, so it counts only with the app's own Origin, which a fetch always sends.
 */
export function hasToken(headers: IncomingHttpHeaders, token: string): boolean {
  const given = headers[TOKEN_HEADER];
  if (typeof given === 'string' && given.length > 0) return sameSecret(given, token);
  const cookie = sessionCookie(headers);
  return cookie !== null && headers.origin !== undefined && sameSecret(cookie, token);
}
