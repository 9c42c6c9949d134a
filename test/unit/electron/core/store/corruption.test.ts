// A damaged journal is never written to: the person is told, and offered the newest backup that passes integrity_check.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, type Core } from '../../../../../electron/core/core';
import { call, failure, startCore, tempDir } from '../coreFixture';

let core: Core | undefined;
afterEach(() => core?.close());

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A closed journal with two entries, a backup holding only the first, and the path of its database file. */
async function journalWithBackup(): Promise<{ dataDir: string; file: string; backupName: string }> {
  const dataDir = tempDir();
  core = startCore(dataDir);
  await call(core, 'reflections.create', { entryDate: '2026-01-01', title: 'kept in the backup' });
  const backup = await call(core, 'backups.create', {});
  await call(core, 'reflections.create', { entryDate: '2026-01-02', title: 'only in the journal' });
  core.close();
  core = undefined;
  return { dataDir, file: path.join(dataDir, DATABASE_FILE), backupName: backup.name };
}

function flipBytes(file: string, offset: number, length: number): void {
  const bytes = fs.readFileSync(file);
  for (let i = offset; i < offset + length; i += 1) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
  fs.writeFileSync(file, bytes);
}

function reflectionsRootPageOffset(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'reflections'").get() as { rootpage: number };
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    return (rootpage - 1) * pageSize;
  } finally {
    db.close();
  }
}

async function expectCorruptAndUntouched(dataDir: string, file: string, backupName: string): Promise<void> {
  const before = sha(file);
  core = startCore(dataDir);
  const status = await call(core, 'security.status', {});
  expect(status.state).toBe('corrupt');
  expect(status.problem).toBeTruthy();
  expect(status.suggestedBackup?.name).toBe(backupName);
  expect((await failure(core, 'reflections.list', {})).code).toBe('DB_CORRUPT');
  expect((await failure(core, 'reflections.create', { entryDate: '2026-01-03', title: 'never saved' })).code).toBe('DB_CORRUPT');
  core.close();
  core = undefined;
  expect(sha(file)).toBe(before);
}

describe('a damaged journal', () => {
  it('is reported, left byte for byte unchanged, and offered its newest good backup when the header is damaged', async () => {
    const { dataDir, file, backupName } = await journalWithBackup();
    flipBytes(file, 16, 2);
    await expectCorruptAndUntouched(dataDir, file, backupName);
  });

  it('is reported and left unchanged when a data page is damaged, and restoring the backup keeps the damaged file too', async () => {
    const { dataDir, file, backupName } = await journalWithBackup();
    flipBytes(file, reflectionsRootPageOffset(file), 12);
    await expectCorruptAndUntouched(dataDir, file, backupName);

    core = startCore(dataDir);
    await call(core, 'backups.restore', { name: backupName });
    expect((await call(core, 'security.status', {})).state).toBe('open');
    expect((await call(core, 'reflections.list', {})).items.map((r) => r.title)).toEqual(['kept in the backup']);
    expect((await call(core, 'backups.list', {})).some((backup) => backup.reason === 'pre-restore')).toBe(true);
  });

  it('skips a damaged backup when offering one', async () => {
    const { dataDir, file, backupName } = await journalWithBackup();
    core = startCore(dataDir);
    const newer = await call(core, 'backups.create', {});
    core.close();
    core = undefined;
    const newerFile = path.join(dataDir, 'backups', newer.name);
    flipBytes(newerFile, reflectionsRootPageOffset(newerFile), 12);
    flipBytes(file, 16, 2);
    await expectCorruptAndUntouched(dataDir, file, backupName);
  });
});

describe('restoring', () => {
  it('swaps the backup in and keeps the replaced journal as a backup that restores it', async () => {
    const { dataDir, backupName } = await journalWithBackup();
    core = startCore(dataDir);
    await call(core, 'backups.restore', { name: backupName });
    expect((await call(core, 'reflections.list', {})).items.map((r) => r.title)).toEqual(['kept in the backup']);
    const replaced = (await call(core, 'backups.list', {})).find((backup) => backup.reason === 'pre-restore');
    await call(core, 'backups.restore', { name: replaced!.name });
    expect((await call(core, 'reflections.list', {})).items.map((r) => r.title)).toEqual(['only in the journal', 'kept in the backup']);
  });

  it('refuses a backup from a newer Cairn and keeps the journal as it was', async () => {
    const { dataDir, backupName } = await journalWithBackup();
    const backup = new Database(path.join(dataDir, 'backups', backupName));
    backup.pragma('journal_mode = DELETE');
    backup.pragma('user_version = 99');
    backup.close();
    core = startCore(dataDir);
    expect((await failure(core, 'backups.restore', { name: backupName })).code).toBe('DB_FROM_FUTURE');
    expect((await call(core, 'reflections.list', {})).items).toHaveLength(2);
  });

  it('refuses a damaged backup and keeps the journal as it was', async () => {
    const { dataDir, backupName } = await journalWithBackup();
    const backupFile = path.join(dataDir, 'backups', backupName);
    flipBytes(backupFile, reflectionsRootPageOffset(backupFile), 12);
    core = startCore(dataDir);
    expect((await failure(core, 'backups.restore', { name: backupName })).code).toBe('DB_CORRUPT');
    expect((await call(core, 'reflections.list', {})).items).toHaveLength(2);
  });
});
