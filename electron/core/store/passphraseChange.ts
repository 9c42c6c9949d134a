// Sets, changes or removes the passphrase so that a crash at any moment leaves the old or the new state whole, backups included.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import { makePrivate } from '../privateFiles';
import { BACKUPS_FOLDER, listBackups } from './backups';
import { fsyncDir, fsyncFile, removeWithSideFiles, writeFileAtomically } from './durableFs';
import { headerFingerprint } from './fileShape';
import { KEY_CHECK_FILE, writeKeyCheck } from './keyCheck';

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
  /** Files (relative to the data folder) that may get a re-keyed copy staged beside them. */
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

/**
 * A copy of the file, re-keyed in place (a crash leaves only a copy to discard) and synced; false (and no copy)
 * when `from` does not open it: a backup locked with an earlier passphrase, or a damaged one, stays as it is.
 */
function stageCopy(source: string, staged: string, from: string | null, to: string | null): boolean {
  removeWithSideFiles(staged);
  fs.copyFileSync(source, staged);
  makePrivate(staged);
  const db = new Database(staged, { fileMustExist: true });
  try {
    if (from) db.key(Buffer.from(from, 'utf8'));
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    db.close();
    removeWithSideFiles(staged);
    return false;
  }
  try {
    db.pragma('journal_mode = DELETE');
    db.rekey(Buffer.from(to ?? '', 'utf8'));
  } finally {
    db.close();
  }
  fsyncFile(staged);
  return true;
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
 * Two phases with a rename as the commit point: first a marker, then re-keyed copies of every backup, of the key
 * check and (with the journal closed) of the journal itself are written beside the originals; renaming the journal's
 * copy over it commits; then the other copies replace their originals. The live journal is never rekeyed in place,
 * so no crash leaves it half re-keyed with a rollback journal only the right key could undo. At the next open a
 * journal whose first bytes still match the marker's was not committed (its copies are discarded), any other was
 * (its copies are renamed), and neither step needs a passphrase. `closeLive` checkpoints and closes the journal.
 */
export function rekeyJournal(paths: RekeyPaths, from: string | null, to: string | null, closeLive: () => void): void {
  const operation: PassphraseOperation = from === null ? 'set' : to === null ? 'remove' : 'change';
  const backups = listBackups(paths.backupsDir).map((backup) => path.join(BACKUPS_FOLDER, backup.name));
  const journalName = path.basename(paths.databasePath);
  const marker: Marker = {
    operation,
    fromHeader: headerFingerprint(paths.databasePath),
    staged: [...backups, KEY_CHECK_FILE, journalName],
  };
  writeFileAtomically(path.join(paths.dataDir, REKEY_MARKER_FILE), JSON.stringify(marker));
  try {
    for (const relative of backups) {
      const source = path.join(paths.dataDir, relative);
      stageCopy(source, `${source}${STAGED_SUFFIX}`, from, to);
    }
    writeKeyCheck(path.join(paths.dataDir, `${KEY_CHECK_FILE}${STAGED_SUFFIX}`), to);
    closeLive();
    const staged = `${paths.databasePath}${STAGED_SUFFIX}`;
    if (!stageCopy(paths.databasePath, staged, from, to)) throw new Error('The journal did not open with its own passphrase.');
    fsyncDir(paths.backupsDir);
    fsyncDir(paths.dataDir);
    // Checkpointed and closed: the WAL holds nothing the journal lacks, and must not be replayed into the new file.
    fs.rmSync(`${paths.databasePath}-wal`, { force: true });
    fs.rmSync(`${paths.databasePath}-shm`, { force: true });
    fs.renameSync(staged, paths.databasePath);
    fsyncDir(paths.dataDir);
  } catch (error) {
    settle(paths, marker, headerFingerprint(paths.databasePath) === marker.fromHeader ? 'undone' : 'finished');
    throw error;
  }
  settle(paths, marker, 'finished');
}

/** Finishes a passphrase operation a crash interrupted; null when none was under way. */
export function settlePendingRekey(paths: RekeyPaths): RekeyOutcome | null {
  const marker = readMarker(paths.dataDir);
  if (!marker) return null;
  return settle(paths, marker, headerFingerprint(paths.databasePath) === marker.fromHeader ? 'undone' : 'finished');
}
