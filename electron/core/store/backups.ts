// Rotating backups in <dataDir>/backups: consistent snapshots of the open journal, encrypted when it is.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Backup } from '../../../shared/domain/security';
import { makePrivate, PRIVATE_DIR_MODE } from '../privateFiles';
import { fsyncDir, fsyncFile, removeWithSideFiles } from './durableFs';
import { inspectFile } from './fileShape';
import { checkIntegrity, openDatabase, type Db } from './open';

export const BACKUPS_FOLDER = 'backups';
export type BackupReason = Backup['reason'];
/** A backup as found in the folder, before anything opens it. */
export type BackupFile = Omit<Backup, 'entries' | 'encrypted'>;

const namePattern = /^cairn-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(daily|manual|pre-migration|pre-restore)\.db$/;

export function backupFileName(at: Date, reason: BackupReason): string {
  return `cairn-${at.toISOString().replace(/[:.]/g, '-')}-${reason}.db`;
}

function parseName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = namePattern.exec(name);
  if (!match?.[1] || !match[2]) return null;
  const [date, time] = match[1].split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return { createdAt: `${date}T${h}:${m}:${s}.${ms}Z`, reason: match[2] as BackupReason };
}

/** Newest first. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .flatMap((name) => {
      const parsed = parseName(name);
      return parsed ? [{ name, ...parsed, sizeBytes: fs.statSync(path.join(dir, name)).size }] : [];
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * Snapshots the open journal with VACUUM INTO rather than the page-copying backup API: the cipher library
 * refuses to back up an encrypted database into an unkeyed target, while VACUUM INTO writes the copy
 * encrypted with the source's own key (and compacted). It runs on the live connection, like the backup API.
 */
export function createBackup(db: Db, dir: string, reason: BackupReason, at: Date): Backup {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const name = backupFileName(at, reason);
  const finalPath = path.join(dir, name);
  const partialPath = `${finalPath}.partial`;
  fs.rmSync(partialPath, { force: true });
  db.prepare('VACUUM INTO ?').run(partialPath);
  makePrivate(partialPath);
  fsyncFile(partialPath);
  fs.renameSync(partialPath, finalPath);
  return { name, createdAt: at.toISOString(), reason, sizeBytes: fs.statSync(finalPath).size, entries: countEntries(db), encrypted: inspectFile(finalPath) === 'encrypted' };
}

function countEntries(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM reflections').get() as { n: number }).n;
}

/** Adds what a person choosing a backup needs: whether it is encrypted, and how many entries it holds (null when it cannot be read with `passphrase`). */
export function describeBackup(dir: string, backup: BackupFile, passphrase: string | null): Backup {
  const file = path.join(dir, backup.name);
  const encrypted = inspectFile(file) === 'encrypted';
  let entries: number | null = null;
  try {
    const db = openDatabase(file, { readonly: true, passphrase: encrypted ? passphrase : null });
    try {
      entries = countEntries(db);
    } finally {
      db.close();
    }
  } catch {
    // Locked with a passphrase not known here, or damaged: the count stays unknown.
  }
  return { ...backup, encrypted, entries };
}

/** Keeps the newest `keep` backups of each reason, so a burst of daily ones never pushes out a pre-migration copy. */
export function pruneBackups(dir: string, keep: number): void {
  const seen = new Map<BackupReason, number>();
  for (const backup of listBackups(dir)) {
    const count = (seen.get(backup.reason) ?? 0) + 1;
    seen.set(backup.reason, count);
    if (count > keep) {
      removeWithSideFiles(path.join(dir, backup.name));
    }
  }
}

export function backupPath(dir: string, name: string): string {
  if (!parseName(name)) throw new AppError('VALIDATION', 'That is not a backup Cairn made.');
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'That backup no longer exists.');
  return file;
}

/** The newest backup that passes a full integrity check with this passphrase (plain ones need none), if any. */
export function newestGoodBackup(dir: string, passphrase: string | null): Backup | null {
  for (const backup of listBackups(dir)) {
    const file = path.join(dir, backup.name);
    const key = inspectFile(file) === 'encrypted' ? passphrase : null;
    if (key === null && inspectFile(file) !== 'plain') continue;
    try {
      if (checkIntegrity(file, key).ok) return describeBackup(dir, backup, passphrase);
    } catch {
      // Locked with another passphrase: not one this journal can offer.
    }
  }
  return null;
}

/** Moves the file a restore replaces, with every side file, into the backups folder as one pre-restore backup. */
export function keepReplacedFile(databasePath: string, dir: string, at: Date): void {
  const size = fs.existsSync(databasePath) ? fs.statSync(databasePath).size : 0;
  if (size === 0) {
    fs.rmSync(databasePath, { force: true });
    return;
  }
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const kept = path.join(dir, backupFileName(at, 'pre-restore'));
  for (const suffix of ['-wal', '-journal', '']) {
    if (fs.existsSync(`${databasePath}${suffix}`)) fs.renameSync(`${databasePath}${suffix}`, `${kept}${suffix}`);
  }
  fs.rmSync(`${databasePath}-shm`, { force: true });
  fsyncDir(dir);
}
