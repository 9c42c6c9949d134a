// Sets, changes or removes the passphrase so that a crash at any moment leaves the old or the new state whole, backups included.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { makePrivate } from '../privateFiles';
import { BACKUPS_FOLDER, listBackups } from './backups';
import { fsyncDir, fsyncFile, removeWithSideFiles, writeFileAtomically } from './durableFs';
import { hasHotJournal, headerFingerprint } from './fileShape';
import { KEY_CHECK_FILE, writeKeyCheck } from './keyCheck';
import { recoverHotJournal, type Db } from './open';

export const REKEY_MARKER_FILE = 'cairn.rekey.json';
/** A re-keyed copy waits beside its original under this suffix until the journal's own rekey has committed. */
export const STAGED_SUFFIX = '.rekeyed';

export type PassphraseOperation = 'set' | 'change' | 'remove';
export interface RekeyOutcome {
  operation: PassphraseOperation;
  outcome: 'finished' | 'undone';
}

export interface RekeyPaths {
  dataDir: string;
  databasePath: string;
  backupsDir: string;
}

const markerSchema = z.object({
  operation: z.enum(['set', 'change', 'remove']),
  /** The journal's first 16 bytes before the rekey: the plain magic or the old key's salt, both of which a rekey replaces. */
  fromHeader: z.string(),
  /** Files (relative to the data folder) that get a re-keyed copy staged beside them. */
  staged: z.array(z.string()),
});
type Marker = z.infer<typeof markerSchema>;

export function readMarker(dataDir: string): Marker | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dataDir, REKEY_MARKER_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = markerSchema.safeParse(JSON.parse(text));
  // The marker is only ever written whole (write, sync, rename), so anything else was not written by Cairn.
  return parsed.success ? parsed.data : null;
}

function opensWith(file: string, passphrase: string | null): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      if (passphrase) db.key(Buffer.from(passphrase, 'utf8'));
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return true;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** A copy of the backup, re-keyed in place (a crash leaves only a copy to discard) and synced. */
function stageBackup(source: string, staged: string, from: string | null, to: string | null): void {
  removeWithSideFiles(staged);
  fs.copyFileSync(source, staged);
  makePrivate(staged);
  const db = new Database(staged, { fileMustExist: true });
  try {
    if (from) db.key(Buffer.from(from, 'utf8'));
    db.pragma('journal_mode = DELETE');
    db.rekey(Buffer.from(to ?? '', 'utf8'));
  } finally {
    db.close();
  }
  fsyncFile(staged);
}

/** Rekeying needs a rollback journal: the cipher library cannot rekey in WAL mode. The WAL is emptied first. */
function rekeyLiveDb(db: Db, to: string | null): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  try {
    db.rekey(Buffer.from(to ?? '', 'utf8'));
  } finally {
    db.pragma('journal_mode = WAL');
  }
}

function settle(paths: RekeyPaths, marker: Marker, outcome: RekeyOutcome['outcome']): RekeyOutcome {
  for (const relative of marker.staged) {
    const target = path.join(paths.dataDir, relative);
    const staged = `${target}${STAGED_SUFFIX}`;
    if (outcome === 'undone') removeWithSideFiles(staged);
    else if (fs.existsSync(staged)) fs.renameSync(staged, target);
  }
  fsyncDir(paths.backupsDir);
  fs.rmSync(path.join(paths.dataDir, REKEY_MARKER_FILE), { force: true });
  fsyncDir(paths.dataDir);
  return { operation: marker.operation, outcome };
}

/**
 * Two phases with the journal's own rekey as the commit point: first a marker and re-keyed copies of every backup
 * and of the key check are written beside the originals; then the journal is rekeyed; then the copies replace the
 * originals. A crash before the commit leaves copies to discard, after it copies to rename, and either is finished
 * at the next open without needing any passphrase.
 */
export function rekeyJournal(db: Db, paths: RekeyPaths, from: string | null, to: string | null): RekeyOutcome {
  const operation: PassphraseOperation = from === null ? 'set' : to === null ? 'remove' : 'change';
  const backups = listBackups(paths.backupsDir)
    .map((backup) => path.join(BACKUPS_FOLDER, backup.name))
    .filter((relative) => opensWith(path.join(paths.dataDir, relative), from));
  const marker: Marker = { operation, fromHeader: headerFingerprint(paths.databasePath), staged: [...backups, KEY_CHECK_FILE] };
  writeFileAtomically(path.join(paths.dataDir, REKEY_MARKER_FILE), JSON.stringify(marker));
  try {
    for (const relative of backups) {
      const source = path.join(paths.dataDir, relative);
      stageBackup(source, `${source}${STAGED_SUFFIX}`, from, to);
    }
    writeKeyCheck(path.join(paths.dataDir, `${KEY_CHECK_FILE}${STAGED_SUFFIX}`), to);
    fsyncDir(paths.backupsDir);
    fsyncDir(paths.dataDir);
    rekeyLiveDb(db, to);
  } catch (error) {
    settle(paths, marker, headerFingerprint(paths.databasePath) === marker.fromHeader ? 'undone' : 'finished');
    throw error;
  }
  return settle(paths, marker, 'finished');
}

/**
 * Finishes a passphrase operation a crash interrupted. With a rollback journal left, the rekey never committed:
 * a set rolls back without a key, a change or removal only with the old passphrase (null is returned until it is
 * given). Without one, the journal's first bytes say whether the rekey happened.
 */
export function settlePendingRekey(paths: RekeyPaths, oldPassphrase: string | null): RekeyOutcome | 'needs-old-passphrase' | null {
  const marker = readMarker(paths.dataDir);
  if (!marker) return null;
  if (hasHotJournal(paths.databasePath)) {
    if (marker.operation !== 'set' && oldPassphrase === null) return 'needs-old-passphrase';
    recoverHotJournal(paths.databasePath, marker.operation === 'set' ? null : oldPassphrase);
    if (hasHotJournal(paths.databasePath)) return 'needs-old-passphrase';
    return settle(paths, marker, 'undone');
  }
  return settle(paths, marker, headerFingerprint(paths.databasePath) === marker.fromHeader ? 'undone' : 'finished');
}

/** A restore replaces the journal an interrupted operation was about: its staged copies are discarded. */
export function abandonPendingRekey(paths: RekeyPaths): void {
  const marker = readMarker(paths.dataDir);
  if (marker) settle(paths, marker, 'undone');
}
