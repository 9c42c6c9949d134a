// Round trips of awkward text, a size-capped journal, daily backup rotation and the one-process folder lock.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../../../../electron/core/store/folderLock';
import type { Core } from '../../../../../electron/core/core';
import { call, failure, startCore, tempDir } from '../coreFixture';

let core: Core | undefined;
afterEach(() => core?.close());

describe('round trips', () => {
  it.each([
    ['emoji', 'Shipped it 🚀🎉 with 👩🏽‍💻 teammates, feeling proud', 'proud'],
    ['right-to-left text', 'שלום עולם — مرحبا بالعالم', 'مرحبا'],
    ['combining characters', 'A cafe\u0301 chat about Zo\u0308e', 'café'],
  ])('keeps %s exactly and finds it by search', async (_kind, body, word) => {
    const dataDir = tempDir();
    core = startCore(dataDir);
    const created = await call(core, 'reflections.create', { entryDate: '2026-02-02', title: body.slice(0, 20), body, tags: [body.slice(0, 10)] });
    core.close();
    core = startCore(dataDir);
    const loaded = await call(core, 'reflections.get', { id: created.id });
    expect(loaded.body).toBe(body);
    expect(loaded.title).toBe(body.slice(0, 20));
    expect(loaded.tags).toEqual([body.slice(0, 10).trim()]);
    expect((await call(core, 'search.query', { text: word })).items.map((hit) => hit.id)).toEqual([created.id]);
  });

  it('keeps a 10 MB entry and finds a word at its end', async () => {
    const dataDir = tempDir();
    core = startCore(dataDir);
    const body = `${'All work and no play makes a dull journal. '.repeat(240_000)}\nfinally quetzalcoatl`;
    expect(body.length).toBeGreaterThan(10_000_000);
    const created = await call(core, 'reflections.create', { entryDate: '2026-02-02', body });
    core.close();
    core = startCore(dataDir);
    expect((await call(core, 'reflections.get', { id: created.id })).body).toBe(body);
    expect((await call(core, 'search.query', { text: 'quetzalcoatl' })).items.map((hit) => hit.id)).toEqual([created.id]);
  });
});

describe('a full disk', () => {
  it('reports STORAGE_FULL and never a success, leaving earlier entries intact', async () => {
    core = startCore();
    await call(core, 'reflections.create', { entryDate: '2026-01-01', title: 'fits' });
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages + 8}`);
    const error = await failure(core, 'reflections.create', { entryDate: '2026-01-02', title: 'too big', body: 'x'.repeat(400_000) });
    expect(error.code).toBe('STORAGE_FULL');
    const updateError = await failure(core, 'reflections.update', {
      id: (await call(core, 'reflections.list', {})).items[0]!.id,
      body: 'y'.repeat(400_000),
    });
    expect(updateError.code).toBe('STORAGE_FULL');
    expect((await call(core, 'reflections.list', {})).items.map((r) => [r.title, r.body])).toEqual([['fits', '']]);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('backups while the app runs', () => {
  it('makes one daily backup per day and keeps the configured number', async () => {
    let now = new Date('2026-03-01T09:00:00Z');
    const dataDir = tempDir();
    core = startCore(dataDir, { clock: () => now });
    await call(core, 'settings.set', { key: 'backups.keep', value: 3 });
    for (let day = 1; day <= 6; day += 1) {
      await call(core, 'reflections.create', { entryDate: `2026-03-0${day}`, title: `day ${day}` });
      core.housekeep();
      core.housekeep();
      now = new Date(now.getTime() + 24 * 60 * 60 * 1000);
    }
    const daily = (await call(core, 'backups.list', {})).filter((backup) => backup.reason === 'daily');
    expect(daily.map((backup) => backup.createdAt.slice(0, 10))).toEqual(['2026-03-06', '2026-03-05', '2026-03-04']);
  });
});

describe('one process per data folder', () => {
  it('tells a second process the journal is already open', async () => {
    const dataDir = tempDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(path.join(dataDir, LOCK_FILE), String(other.pid));
      expect(() => startCore(dataDir)).toThrow(/already open in another Cairn/);
    } finally {
      other.kill('SIGKILL');
    }
  });
});
