// Encryption at rest: nothing readable in the file, its WAL or backups; wrong passphrases fail cleanly; rekeys keep everything.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_GRACE_MS } from '../../../../../electron/core/autoLock';
import { DATABASE_FILE, type Core } from '../../../../../electron/core/core';
import { LOCK_DUE, type CoreChange } from '../../../../../shared/changes';
import { call, failure, startCore, tempDir } from '../coreFixture';

const MARKER = 'zebra-marker-91f3';
const PASSPHRASE = 'correct horse battery';

let core: Core | undefined;
afterEach(() => core?.close());

function filesOf(dataDir: string): string[] {
  const backups = path.join(dataDir, 'backups');
  const inBackups = fs.existsSync(backups) ? fs.readdirSync(backups).map((name) => path.join(backups, name)) : [];
  return [path.join(dataDir, DATABASE_FILE), `${path.join(dataDir, DATABASE_FILE)}-wal`, ...inBackups].filter((file) => fs.existsSync(file));
}

function expectNoPlaintext(dataDir: string): void {
  const files = filesOf(dataDir);
  expect(files.length).toBeGreaterThan(1);
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    expect(bytes.includes(MARKER), `${path.basename(file)} contains the marker`).toBe(false);
    if (!file.endsWith('-wal') && bytes.length > 0) expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  }
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function titles(open: Core): Promise<string[]> {
  return (await call(open, 'reflections.list', { limit: 200 })).items.map((r) => r.title).sort();
}

describe('locking with a passphrase', () => {
  it('encrypts the journal, its WAL and its backups, and keeps every entry through rekey and removal', async () => {
    const dataDir = tempDir();
    core = startCore(dataDir);
    await call(core, 'reflections.create', { entryDate: '2026-01-01', title: 'before', body: `secret ${MARKER}`, tags: [MARKER] });
    await call(core, 'backups.create', {});

    const status = await call(core, 'security.setPassphrase', { passphrase: PASSPHRASE });
    expect(status).toMatchObject({ state: 'open', encrypted: true });
    await call(core, 'reflections.create', { entryDate: '2026-01-02', title: 'after', body: `more ${MARKER}` });
    await call(core, 'backups.create', {});
    expectNoPlaintext(dataDir);
    expect((await call(core, 'search.query', { text: MARKER })).items).toHaveLength(2);
    core.close();
    expectNoPlaintext(dataDir);

    core = startCore(dataDir);
    expect(await call(core, 'security.status', {})).toMatchObject({ state: 'locked', encrypted: true });
    expect((await failure(core, 'reflections.list', {})).code).toBe('JOURNAL_LOCKED');
    const before = sha(path.join(dataDir, DATABASE_FILE));
    expect((await failure(core, 'security.unlock', { passphrase: 'not the one' })).code).toBe('WRONG_PASSPHRASE');
    expect(sha(path.join(dataDir, DATABASE_FILE))).toBe(before);
    await call(core, 'security.unlock', { passphrase: PASSPHRASE });
    expect(await titles(core)).toEqual(['after', 'before']);

    await call(core, 'security.changePassphrase', { current: PASSPHRASE, next: 'a brand new phrase' });
    expect((await failure(core, 'security.changePassphrase', { current: PASSPHRASE, next: 'whatever else' })).code).toBe('WRONG_PASSPHRASE');
    core.close();
    expectNoPlaintext(dataDir);

    core = startCore(dataDir);
    expect((await failure(core, 'security.unlock', { passphrase: PASSPHRASE })).code).toBe('WRONG_PASSPHRASE');
    await call(core, 'security.unlock', { passphrase: 'a brand new phrase' });
    expect(await titles(core)).toEqual(['after', 'before']);
    const [firstManual] = (await call(core, 'backups.list', {})).filter((backup) => backup.reason === 'manual').slice(-1);
    await call(core, 'backups.restore', { name: firstManual!.name });
    expect(await titles(core)).toEqual(['before']);
    expectNoPlaintext(dataDir);

    await call(core, 'security.removePassphrase', { current: 'a brand new phrase' });
    core.close();
    expect(fs.readFileSync(path.join(dataDir, DATABASE_FILE)).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    core = startCore(dataDir);
    expect(await call(core, 'security.status', {})).toMatchObject({ state: 'open', encrypted: false });
    expect(await titles(core)).toEqual(['before']);
    expect((await call(core, 'search.query', { text: MARKER })).items).toHaveLength(1);
  });

  it('locks on request and after the chosen idle time', async () => {
    let now = new Date('2026-06-01T10:00:00Z');
    core = startCore(tempDir(), { clock: () => now });
    expect((await failure(core, 'security.lock', {})).code).toBe('CONFLICT');
    await call(core, 'security.setPassphrase', { passphrase: PASSPHRASE });
    await call(core, 'security.lock', {});
    expect((await failure(core, 'reflections.list', {})).code).toBe('JOURNAL_LOCKED');
    await call(core, 'security.unlock', { passphrase: PASSPHRASE });

    await call(core, 'settings.set', { key: 'security.autoLockMinutes', value: 5 });
    now = new Date('2026-06-01T10:04:00Z');
    core.housekeep();
    expect((await call(core, 'security.status', {})).state).toBe('open');
    const changes: CoreChange[] = [];
    core.onChange((change) => changes.push(change));
    now = new Date('2026-06-01T10:06:00Z');
    core.housekeep();
    // First the page is told, so it can save what is typed; a page that never answers is locked out after the grace.
    expect(changes).toEqual([{ aggregates: ['security'], ids: { security: [LOCK_DUE] } }]);
    expect((await call(core, 'security.status', {})).state).toBe('open');
    now = new Date(now.getTime() + LOCK_GRACE_MS);
    core.housekeep();
    expect((await call(core, 'security.status', {})).state).toBe('locked');
    expect(changes.at(-1)).toEqual({ aggregates: ['security'], ids: {} });
  });

  it('locks when the page answers the announcement, after the saves it sends first', async () => {
    let now = new Date('2026-06-01T10:00:00Z');
    core = startCore(tempDir(), { clock: () => now });
    await call(core, 'security.setPassphrase', { passphrase: PASSPHRASE });
    await call(core, 'settings.set', { key: 'security.autoLockMinutes', value: 5 });
    const { id } = await call(core, 'reflections.create', { entryDate: '2026-06-01', title: 'Idle', body: '' });
    const due: CoreChange[] = [];
    core.onChange((change) => change.aggregates.includes('security') && due.push(change));
    now = new Date('2026-06-01T10:06:00Z');
    core.housekeep();
    expect(due).toHaveLength(1);

    // The page's flush lands during the grace, then it asks for the lock; the save kept the journal open till then.
    now = new Date(now.getTime() + 1_000);
    await call(core, 'reflections.update', { id, body: 'typed just before the lock' });
    core.housekeep();
    expect((await call(core, 'security.status', {})).state).toBe('open');
    await call(core, 'security.lock', {});
    await call(core, 'security.unlock', { passphrase: PASSPHRASE });
    expect((await call(core, 'reflections.get', { id })).body).toBe('typed just before the lock');

    // An unlock starts the idle time afresh: the old announcement does not lock the journal again.
    now = new Date(now.getTime() + LOCK_GRACE_MS);
    core.housekeep();
    expect((await call(core, 'security.status', {})).state).toBe('open');
  });

  it('refuses a passphrase that is too short', async () => {
    core = startCore();
    expect((await failure(core, 'security.setPassphrase', { passphrase: 'short' })).code).toBe('VALIDATION');
  });
});
