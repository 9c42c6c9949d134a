// The browser host streams the core's changes (from its worker thread) to the page as Server-Sent Events, behind the API's own checks.
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreThread, type CoreThread } from '../../../../electron/core/worker/coreThread';
import { startBrowserHost, type RunningHost } from '../../../../electron/browser-host/server';
import { EVENTS_PATH } from '../../../../shared/browserHost';
import { coreWorkerScript } from '../../../support/coreWorkerScript';
import { rawRequest } from '../../../support/httpRequest';
import { makeTempDir, removeDir } from '../../../support/tempDir';

const TOKEN = 'test-token-123';
let dir: string;
let core: CoreThread;
let host: RunningHost;

beforeEach(async () => {
  dir = makeTempDir();
  core = await startCoreThread({ entry: await coreWorkerScript(), dataDir: dir, appVersion: '1', host: 'browser' });
  host = await startBrowserHost({ dispatch: core.dispatch, onEvent: core.onEvent, staticDir: dir, token: TOKEN, port: 0 });
});
afterEach(async () => {
  await host.close();
  await core.close();
  removeDir(dir);
});

const headers = () => ({ 'x-cairn-token': TOKEN, host: `127.0.0.1:${host.port}` });

/** Opens the stream and resolves once `count` events (not comments) have arrived, with their raw text. */
function collectEvents(count: number, opened: () => void): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port: host.port, path: EVENTS_PATH, headers: headers() }, (res) => {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        if (text === '') opened();
        text += chunk;
        const events = text.split('\n\n').filter((block) => block.startsWith('event:'));
        if (events.length >= count) {
          req.destroy();
          resolve(events);
        }
      });
    });
    req.on('error', reject);
  });
}

function write(operation: string, body: unknown) {
  return rawRequest(host.port, { path: `/api/${operation}`, headers: { ...headers(), 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

describe('change stream', () => {
  it('sends each committed write as a core:changed event, and nothing for reads', async () => {
    let writes: Promise<unknown> = Promise.resolve();
    const events = collectEvents(2, () => {
      writes = (async () => {
        await write('values.list', {});
        await write('values.create', { label: 'Teaching' });
        await write('reflections.create', { entryDate: '2026-11-03', body: 'A day' });
      })();
    });
    const [first, second] = await events;
    // The last write's reply can still be on its way when its event arrives; the host closes only after it.
    await writes;
    expect(first).toMatch(/^event: core:changed\ndata: /);
    expect(JSON.parse(first!.split('data: ')[1]!)).toMatchObject({ aggregates: ['values'] });
    expect(JSON.parse(second!.split('data: ')[1]!)).toMatchObject({ aggregates: ['reflections', 'tags'] });
  });

  it.each([
    ['no token', { 'x-cairn-token': '' }],
    ['a wrong token', { 'x-cairn-token': 'test-token-124' }],
    ['another origin', { origin: 'http://evil.example' }],
    ['a foreign Host', { host: 'evil.example' }],
  ])('refuses a stream with %s', async (_label, forged) => {
    const res = await rawRequest(host.port, { method: 'GET', path: EVENTS_PATH, headers: { ...headers(), ...forged } });
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/json/);
  });

  it('stops listening to the core when the page goes away', async () => {
    let listeners = 0;
    const counting = await startBrowserHost({
      dispatch: core.dispatch,
      onEvent: (listener) => {
        listeners += 1;
        const stop = core.onEvent(listener);
        return () => {
          listeners -= 1;
          stop();
        };
      },
      staticDir: dir,
      token: TOKEN,
      port: 0,
    });
    try {
      await new Promise<void>((resolve, reject) => {
        const req = http.get({ host: '127.0.0.1', port: counting.port, path: EVENTS_PATH, headers: { 'x-cairn-token': TOKEN, host: `127.0.0.1:${counting.port}` } }, (res) => {
          res.once('data', () => {
            expect(listeners).toBe(1);
            req.destroy();
            res.once('close', () => resolve());
          });
        });
        req.on('error', reject);
      });
      await expect.poll(() => listeners).toBe(0);
    } finally {
      await counting.close();
    }
  });
});
