// Side files a crash can leave in the data folder, removed or rolled back at open so that none lingers, plaintext copies least of all.
import fs from 'node:fs';
import path from 'node:path';
import { removeWithSideFiles } from './durableFs';
import { journalPagesArePlain } from './fileShape';
import { KEY_CHECK_FILE } from './keyCheck';
import { readMarker, STAGED_SUFFIX, type RekeyPaths } from './passphraseChange';
import { recoverHotJournal } from './open';

export const RESTORING_SUFFIX = '.restoring';

function names(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Runs after any interrupted passphrase operation is settled (its staged copies are its own to finish). A backup's
 * rollback journal comes from an in-place rekey by an older Cairn: it is rolled back, never deleted, because
 * deleting it would leave that backup half re-keyed; one of plain pages needs no key, one of encrypted pages `passphrase`.
 */
export function cleanStaleFiles(paths: RekeyPaths, passphrase: string | null): void {
  const settling = readMarker(paths.dataDir) !== null;
  const stale = (name: string) =>
    name.endsWith('.partial') || name.endsWith(RESTORING_SUFFIX) || (!settling && name.includes(STAGED_SUFFIX));
  for (const name of names(paths.dataDir)) {
    if (stale(name)) fs.rmSync(path.join(paths.dataDir, name), { force: true });
  }
  if (!settling) removeWithSideFiles(path.join(paths.dataDir, `${KEY_CHECK_FILE}${STAGED_SUFFIX}`));
  for (const name of names(paths.backupsDir)) {
    const file = path.join(paths.backupsDir, name);
    if (stale(name)) {
      fs.rmSync(file, { force: true });
      continue;
    }
    const base = /^(.*)-(journal|wal|shm)$/.exec(name)?.[1];
    if (base === undefined) continue;
    const baseFile = path.join(paths.backupsDir, base);
    if (!fs.existsSync(baseFile)) fs.rmSync(file, { force: true });
    else if (name.endsWith('-journal')) {
      if (journalPagesArePlain(baseFile)) recoverHotJournal(baseFile, null);
      else if (passphrase !== null) recoverHotJournal(baseFile, passphrase);
    }
  }
}
