// The browser host refuses foreign requests with 403 and changes nothing; valid ones reach the core.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/domain/attachments';
import { openCore, type Core } from '../../../../electron/core/core';
import { startBrowserHost, type RunningHost } from '../../../../electron/browser-host/server';
import { rawRequest } from '../../../support/httpRequest';
import { makeTempDir, removeDir } from '../../../support/tempDir';

const TOKEN = 'test-token-123';
let dir: string;
let staticDir: string;
let core: Core;
let host: RunningHost;

beforeEach(async () => {
  dir = makeTempDir();
  staticDir = makeTempDir('cairn-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Cairn</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'do not serve');
  core = openCore({ dataDir: dir, appVersion: '1', host: 'browser' });
  host = await startBrowserHost({ dispatch: core.dispatch, staticDir, token: TOKEN, port: 0 });
});
afterEach(async () => {
  await host.close();
  core.close();
  removeDir(dir);
  removeDir(staticDir);
});

function api(operation: string, body: unknown, headers: Record<string, string> = {}) {
  return rawRequest(host.port, {
    path: `/api/${operation}`,
    headers: { 'content-type': 'application/json', 'x-cairn-token': TOKEN, host: `127.0.0.1:${host.port}`, ...headers },
    body: JSON.stringify(body),
  });
}

async function count(): Promise<number> {
  const res = await api('reflections.list', { limit: 200 });
  return (JSON.parse(res.body) as { value: { items: unknown[] } }).value.items.length;
}

describe('browser host', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${TOKEN}`);
  });

  it('runs a valid request through the core', async () => {
    const res = await api('reflections.create', { entryDate: '2024-05-05', body: 'hello' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { body: 'hello' } });
    expect(await count()).toBe(1);
  });

  it.each([
    ['no token', { 'x-cairn-token': '' }],
    ['a wrong token', { 'x-cairn-token': 'test-token-124' }],
    ['a foreign Host', { host: 'evil.example:80' }],
    ['a rebinding Host with the right port', { host: 'attacker.example' }],
    ['a foreign Origin', { origin: 'http://evil.example' }],
    ['an Origin on another port', { origin: 'http://127.0.0.1:1' }],
  ])('refuses %s with 403 and changes nothing', async (_label, headers) => {
    const res = await api('reflections.create', { entryDate: '2024-05-05', body: 'sneaky' }, headers);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await count()).toBe(0);
  });

  it('accepts its own Origin and localhost', async () => {
    const res = await api('reflections.create', { entryDate: '2024-05-05' }, {
      origin: `http://localhost:${host.port}`,
      host: `localhost:${host.port}`,
    });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
  });

  it('answers malformed payloads with a validation envelope and changes nothing', async () => {
    const notJson = await rawRequest(host.port, {
      path: '/api/reflections.create',
      headers: { 'x-cairn-token': TOKEN },
      body: '{"entryDate": "2024-',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const wrongShape = await api('reflections.create', { entryDate: 12, body: ['x'] });
    expect(JSON.parse(wrongShape.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await count()).toBe(0);
  });

  it('carries a 25 MB attachment (about 34 MB of base64) in and back out', async () => {
    const bytes = Buffer.alloc(MAX_ATTACHMENT_BYTES, 0x5a);
    const added = await api('attachments.add', { name: 'scan.bin', base64: bytes.toString('base64') });
    expect(added.status).toBe(200);
    const { value } = JSON.parse(added.body) as { value: { sha256: string; size: number } };
    expect(value.size).toBe(MAX_ATTACHMENT_BYTES);
    const back = JSON.parse((await api('attachments.get', { sha256: value.sha256 })).body) as { value: { base64: string } };
    expect(Buffer.from(back.value.base64, 'base64').equals(bytes)).toBe(true);
  });

  it('serves the app with a strict CSP and never files outside it', async () => {
    const index = await rawRequest(host.port, { method: 'GET', path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    for (const probe of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', `/${'..%2f'.repeat(8)}etc/passwd`]) {
      const res = await rawRequest(host.port, { method: 'GET', path: probe });
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('do not serve');
    }
  });
});
