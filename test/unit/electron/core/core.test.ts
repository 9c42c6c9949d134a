// The assembled core: envelopes for every outcome, persistence across restarts, one process per folder.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../electron/core/core';
import { makeTempDir, removeDir } from '../../../support/tempDir';

let dir: string;
let core: Core;

beforeEach(() => {
  dir = makeTempDir();
  core = openCore({ dataDir: dir, appVersion: '9.9.9', host: 'browser' });
});
afterEach(() => {
  core.close();
  removeDir(dir);
});

describe('core dispatch', () => {
  it('returns ok envelopes with validated values', async () => {
    const created = await core.dispatch('reflections.create', { entryDate: '2024-04-01', body: 'Talked to a PM.' });
    expect(created).toMatchObject({ ok: true, value: { entryDate: '2024-04-01', body: 'Talked to a PM.', title: '' } });
    const info = await core.dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { appVersion: '9.9.9', host: 'browser', dataDir: dir } });
  });

  it('answers unknown operations and bad payloads with an error envelope, changing nothing', async () => {
    expect(await core.dispatch('reflections.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    expect(await core.dispatch('constructor', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    const bad = await core.dispatch('reflections.create', { entryDate: 'tomorrow', body: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(bad.ok ? '' : bad.error.message).toMatch(/entryDate/);
    const list = await core.dispatch('reflections.list', {});
    expect(list).toMatchObject({ ok: true, value: { items: [] } });
  });

  it('reports a missing reflection as NOT_FOUND', async () => {
    const result = await core.dispatch('reflections.get', { id: '0b7c8a4e-3f0d-4c4a-9d53-6f2a1b9e8c11' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('core lifecycle', () => {
  it('keeps reflections across a restart and checkpoints the WAL on close', async () => {
    await core.dispatch('reflections.create', { entryDate: '2024-04-01', title: 'Kept', body: 'Still here' });
    core.close();
    const wal = path.join(dir, 'cairn.db-wal');
    expect(!fs.existsSync(wal) || fs.statSync(wal).size === 0).toBe(true);
    core = openCore({ dataDir: dir, appVersion: '9.9.9', host: 'browser' });
    const list = await core.dispatch('reflections.list', {});
    expect(list).toMatchObject({ ok: true, value: { items: [{ title: 'Kept', body: 'Still here' }] } });
  });

  it('refuses a second process on the same data folder with a clear message', () => {
    core.close();
    fs.writeFileSync(path.join(dir, 'cairn.lock'), String(process.ppid));
    expect(() => openCore({ dataDir: dir, appVersion: '1', host: 'browser' })).toThrow(/already open in another Cairn/);
    fs.rmSync(path.join(dir, 'cairn.lock'));
    core = openCore({ dataDir: dir, appVersion: '1', host: 'browser' });
  });

  it('takes over a lock left behind by a process that no longer exists', () => {
    core.close();
    fs.writeFileSync(path.join(dir, 'cairn.lock'), '999999999');
    core = openCore({ dataDir: dir, appVersion: '1', host: 'browser' });
    expect(fs.readFileSync(path.join(dir, 'cairn.lock'), 'utf8')).toBe(String(process.pid));
  });
});
