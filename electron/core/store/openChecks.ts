// What opening a journal checks at once (cheap: header, schema, page 1, each table's first page) and the full check run after it.
import { schemaVersion } from './migrate';
import { describe, FileRefusal, integrityProblem, isDamageError, openDatabase, type Db, type IntegrityResult } from './open';

/**
 * Refuses a file whose schema or sampled pages cannot be read, or that is not Cairn's: a Cairn journal has its
 * reflections table from schema 1 on, and an empty database is one not migrated yet. Reading sqlite_master covers
 * page 1; one row of each table reads its root page and the first page under it. Damage elsewhere is found by the
 * full check that runs in the background once the journal is open (`fullIntegrityCheck`).
 */
export function refuseDamagedOrForeign(db: Db): void {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")
    .pluck()
    .all() as string[];
  for (const table of tables) db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}" LIMIT 1`).get();
  if (tables.length > 0 && (schemaVersion(db) === 0 || !tables.includes('reflections'))) {
    throw new FileRefusal('foreign', 'This file is a SQLite database, but not a Cairn journal, so Cairn left it as it is.');
  }
}

/**
 * integrity_check over the whole file on its own read-only connection. Damage is an answer; anything else that stops
 * the check (the file busy, no memory, a key that no longer opens it) is thrown, so it is never reported as damage.
 */
export function fullIntegrityCheck(file: string, passphrase: string | null): IntegrityResult {
  let db: Db;
  try {
    db = openDatabase(file, { readonly: true, mustExist: true, passphrase });
  } catch (error) {
    if (isDamageError(error)) return { ok: false, problem: describe(error) };
    throw error;
  }
  try {
    const problem = integrityProblem(db);
    return problem === null ? { ok: true } : { ok: false, problem };
  } finally {
    db.close();
  }
}

/** The full integrity check of a journal file on a connection of its own; rejects when it could not run. */
export type IntegrityCheck = (file: string, passphrase: string | null, signal: AbortSignal) => Promise<IntegrityResult>;

/**
 * The full check on this thread, a turn after the open: for a core opened directly (tests, tools). The shells' worker
 * runs it in a thread of its own instead (electron/core/worker/integrityThread.ts), so it never holds up a request.
 */
export const checkOnThisThread: IntegrityCheck = (file, passphrase, signal) =>
  new Promise((resolve, reject) => {
    setImmediate(() => {
      if (signal.aborted) return reject(new Error('The journal closed before its integrity check ran.'));
      try {
        resolve(fullIntegrityCheck(file, passphrase));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
