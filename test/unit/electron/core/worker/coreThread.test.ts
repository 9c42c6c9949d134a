// The core in its worker thread: the same contract, the change feed forwarded, a crash reported and survived, a clean close.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CRASH_MESSAGE, startCoreThread, type CoreEvent, type CoreThread } from '../../../../../electron/core/worker/coreThread';
import { MAX_ATTACHMENT_BYTES } from '../../../../../shared/domain/attachments';
import { coreWorkerScript } from '../../../../support/coreWorkerScript';
import { call, failure, startCore, tempDir } from '../coreFixture';

let entry: string;
let thread: CoreThread | undefined;
const logged: string[] = [];

beforeAll(async () => {
  entry = await coreWorkerScript();
});
afterEach(async () => {
  await thread?.close();
  thread = undefined;
  logged.length = 0;
});

async function start(dataDir = tempDir()): Promise<CoreThread> {
  thread = await startCoreThread({ entry, dataDir, appVersion: '0.0.0-test', host: 'browser', log: (line) => logged.push(line) });
  return thread;
}

function collect(core: CoreThread): CoreEvent[] {
  const events: CoreEvent[] = [];
  core.onEvent((event) => events.push(event));
  return events;
}

describe('the core in a worker thread', () => {
  it('carries a 25 MB attachment in and back out, and answers one a byte over with the limit', async () => {
    const core = await start();
    const bytes = Buffer.alloc(MAX_ATTACHMENT_BYTES, 0x2a);
    const added = await call(core, 'attachments.add', { name: 'scan.bin', base64: bytes.toString('base64') });
    expect(added.size).toBe(MAX_ATTACHMENT_BYTES);
    const back = await call(core, 'attachments.get', { sha256: added.sha256 });
    expect(Buffer.from(back.base64, 'base64').equals(bytes)).toBe(true);
    const over = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 0x2a).toString('base64');
    expect(await failure(core, 'attachments.add', { name: 'scan.bin', base64: over })).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/25 MB/) });
  });

  it('answers the contract with the same envelopes: values, validation and unknown names', async () => {
    const dataDir = tempDir();
    const core = await start(dataDir);
    const info = await call(core, 'app.info', {});
    expect(info).toMatchObject({ host: 'browser', dataDir, schemaVersion: expect.any(Number) });
    const created = await call(core, 'reflections.create', { entryDate: '2026-11-03', body: 'Walked the ridge' });
    expect((await call(core, 'reflections.get', { id: created.id })).body).toBe('Walked the ridge');
    expect((await failure(core, 'reflections.create', { entryDate: 'yesterday' })).code).toBe('VALIDATION');
    expect(await core.dispatch('no.such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
  });

  it('refuses a hostile nesting before copying it to the worker', async () => {
    const core = await start();
    let deep: unknown = 1;
    for (let level = 0; level < 5000; level += 1) deep = { a: deep };
    const refused = await failure(core, 'reflections.create', { body: deep });
    expect(refused).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('nested more than') });
  });

  it('forwards every committed write as a core:changed event, in order, and nothing for reads', async () => {
    const core = await start();
    const events = collect(core);
    await call(core, 'values.create', { label: 'Teaching' });
    await call(core, 'values.list', {});
    await call(core, 'reflections.create', { entryDate: '2026-11-03', body: 'A day' });
    expect(events.map((event) => event.name === 'core:changed' && event.payload.aggregates)).toEqual([['values'], ['reflections', 'tags']]);
  });

  it('reports a killed worker, answers the request it lost with an error, and reopens the journal with every acknowledged write', async () => {
    const dataDir = tempDir();
    const core = await start(dataDir);
    const kept = await call(core, 'reflections.create', { entryDate: '2026-11-03', body: 'Acknowledged before the crash' });
    const events = collect(core);
    const dying = core.worker;
    // terminate() stops the thread's JavaScript at once, so the request sent next is never answered by it.
    const stopping = dying.terminate();
    const lost = core.dispatch('reflections.list', {});
    await stopping;
    expect(await lost).toEqual({ ok: false, error: { code: 'INTERNAL', message: CRASH_MESSAGE } });

    await new Promise<void>((resolve) => core.onEvent((event) => event.name === 'core:changed' && resolve()));
    expect(events.map((event) => event.name)).toEqual(['core:restarted', 'core:changed']);
    expect(events[1]).toEqual({ name: 'core:changed', payload: { aggregates: ['journal'], ids: {} } });
    expect(core.worker).not.toBe(dying);
    const listed = await call(core, 'reflections.list', {});
    expect(listed.items.map((reflection) => reflection.id)).toContain(kept.id);
    expect(logged.join('\n')).toContain('stopped unexpectedly');
  });

  it('closes cleanly: the journal checkpointed into its file, the folder released for the next start', async () => {
    const dataDir = tempDir();
    const core = await start(dataDir);
    await call(core, 'reflections.create', { entryDate: '2026-11-03', body: 'Kept in the main file' });
    await core.close();
    thread = undefined;
    expect(fs.existsSync(path.join(dataDir, 'cairn.lock'))).toBe(false);
    const walSize = fs.existsSync(path.join(dataDir, 'cairn.db-wal')) ? fs.statSync(path.join(dataDir, 'cairn.db-wal')).size : 0;
    expect(walSize).toBe(0);
    const reopened = startCore(dataDir);
    try {
      expect((await call(reopened, 'reflections.list', {})).items.map((reflection) => reflection.body)).toEqual(['Kept in the main file']);
    } finally {
      reopened.close();
    }
  });
});
