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

const PASSPHRASE = 'correct horse battery';

/** Like journalWithBackup, with the journal and its backup encrypted. */
async function encryptedJournalWithBackup(): Promise<{ dataDir: string; file: string; backupName: string }> {
  const dataDir = tempDir();
  core = startCore(dataDir);
  await call(core, 'reflections.create', { entryDate: '2026-01-01', title: 'kept in the backup' });
  await call(core, 'security.setPassphrase', { passphrase: PASSPHRASE });
  const backup = await call(core, 'backups.create', {});
  await call(core, 'reflections.create', { entryDate: '2026-01-02', title: 'only in the journal' });
  core.close();
  core = undefined;
  return { dataDir, file: path.join(dataDir, DATABASE_FILE), backupName: backup.name };
}

function flipBit(file: string, offset: number): void {
  const bytes = fs.readFileSync(file);
  bytes[offset] = (bytes[offset] ?? 0) ^ 0x01;
  fs.writeFileSync(file, bytes);
}

function foreignDatabase(file: string): void {
  fs.rmSync(file);
  const db = new Database(file);
  db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('someone else''s')");
  db.close();
}

/** Opens the folder and checks it is reported as `kind`, offers `backupName`, refuses writes, and leaves the file as it was. */
async function expectReported(dataDir: string, file: string, backupName: string, kind: string, unlockWith?: string): Promise<void> {
  const before = fs.existsSync(file) ? sha(file) : null;
  core = startCore(dataDir);
  if (unlockWith) {
    expect((await call(core, 'security.status', {})).state).toBe('locked');
    await call(core, 'security.unlock', { passphrase: unlockWith });
  }
  const status = await call(core, 'security.status', {});
  expect([status.state, status.problemKind]).toEqual(['corrupt', kind]);
  expect(status.problem).toBeTruthy();
  expect(status.suggestedBackup?.name).toBe(backupName);
  expect(status.suggestedBackup?.entries).toBe(1);
  expect((await failure(core, 'reflections.create', { entryDate: '2026-01-03', title: 'never saved' })).code).toBe('DB_CORRUPT');
  core.close();
  core = undefined;
  expect(fs.existsSync(file) ? sha(file) : null).toBe(before);
}

describe('what is wrong with the journal file is reported as what it is', () => {
  const plainRows: [string, string, (file: string) => void][] = [
    ['an empty file', 'empty', (file) => fs.writeFileSync(file, '')],
    ['a missing file next to backups', 'missing', (file) => fs.rmSync(file)],
    ['a file of garbage', 'damaged', (file) => fs.writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 251)))],
    ['header byte 0 flipped', 'damaged', (file) => flipBytes(file, 0, 1)],
    ['one bit flipped on page 1', 'damaged', (file) => flipBit(file, 100)],
    ['a SQLite file that is not Cairn’s', 'foreign', foreignDatabase],
  ];
  for (const [name, kind, damage] of plainRows) {
    it(`reports ${name} as ${kind}, leaves it as it is and offers the newest good backup`, async () => {
      const { dataDir, file, backupName } = await journalWithBackup();
      damage(file);
      await expectReported(dataDir, file, backupName, kind);
    });
  }

  const encryptedRows: [string, (file: string) => void][] = [
    ['header byte 0 flipped', (file) => flipBytes(file, 0, 1)],
    ['one bit flipped on page 1', (file) => flipBit(file, 200)],
  ];
  for (const [name, damage] of encryptedRows) {
    it(`reports an encrypted journal with ${name} as damaged once the right passphrase is given, not as a wrong passphrase`, async () => {
      const { dataDir, file, backupName } = await encryptedJournalWithBackup();
      damage(file);
      await expectReported(dataDir, file, backupName, 'damaged', PASSPHRASE);
      core = startCore(dataDir);
      expect((await failure(core, 'security.unlock', { passphrase: 'not the passphrase' })).code).toBe('WRONG_PASSPHRASE');
    });
  }

  it('starts a new journal from a missing file only when asked, keeping the backups', async () => {
    const { dataDir, backupName } = await journalWithBackup();
    fs.rmSync(path.join(dataDir, DATABASE_FILE));
    core = startCore(dataDir);
    await call(core, 'security.startNewJournal', {});
    expect((await call(core, 'reflections.list', {})).items).toEqual([]);
    expect((await call(core, 'backups.list', {})).map((backup) => backup.name)).toContain(backupName);
  });

  it('restores an encrypted backup from the locked state with the passphrase it was made with', async () => {
    const { dataDir, file, backupName } = await encryptedJournalWithBackup();
    flipBit(file, 200);
    core = startCore(dataDir);
    const listed = await call(core, 'backups.list', {});
    expect(listed.find((backup) => backup.name === backupName)).toMatchObject({ encrypted: true, entries: null });
    expect((await failure(core, 'backups.restore', { name: backupName })).code).toBe('WRONG_PASSPHRASE');
    await call(core, 'backups.restore', { name: backupName, passphrase: PASSPHRASE });
    expect((await call(core, 'reflections.list', {})).items.map((r) => r.title)).toEqual(['kept in the backup']);
    const kept = fs.readdirSync(path.join(dataDir, 'backups')).filter((name) => name.includes('pre-restore'));
    expect(kept).toHaveLength(1);
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
