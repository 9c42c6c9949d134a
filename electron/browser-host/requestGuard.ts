// Decides whether an HTTP request may reach the API: loopback Host, same-origin Origin, the launch token.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const TOKEN_HEADER = 'x-cairn-token';

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

export function hasToken(headers: IncomingHttpHeaders, token: string): boolean {
  const given = headers[TOKEN_HEADER];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
