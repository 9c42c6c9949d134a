// Opens the journal database with the pragmas Cairn relies on for durability, integrity and (optionally) encryption.
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';
import { touchPrivate } from '../privateFiles';

export type Db = Database.Database;

export interface OpenOptions {
  /** Refuse to create a new file: used when a journal is expected to exist already. */
  mustExist?: boolean;
  /** Open without the ability to write: used to inspect a file that may be damaged. */
  readonly?: boolean;
  /** The passphrase of an encrypted journal; the cipher library derives the key from it. */
  passphrase?: string | null;
  /**
   * Judges the file before anything is written (the write pragmas included) and throws a FileRefusal to leave it
   * untouched: on the same connection, so the key is derived once rather than again for a read-only check.
   */
  vet?: (db: Db) => void;
}

/** A file `vet` refused to open for writing, and why. */
export class FileRefusal extends Error {
  constructor(
    readonly kind: 'damaged' | 'foreign',
    message: string,
  ) {
    super(message);
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    if (!options.readonly && !options.mustExist) touchPrivate(file);
    db = new Database(file, {
      fileMustExist: options.mustExist ?? options.readonly ?? false,
      readonly: options.readonly ?? false,
      timeout: 2000,
    });
  } catch (error) {
    throw new AppError('INTERNAL', `Cairn could not open its database at ${file}: ${describe(error)}`);
  }
  try {
    if (options.passphrase) db.key(Buffer.from(options.passphrase, 'utf8'));
    // Reading the schema is the first access that needs the key: a wrong one fails here, before anything is written.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    options.vet?.(db);
    if (!options.readonly) applyWritePragmas(db);
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw translateOpenError(error, file, Boolean(options.passphrase));
  }
}

/** WAL for concurrent reads and atomic commits, FULL sync so a reported commit survives power loss. */
export function applyWritePragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 2000');
  // Deleted entries are overwritten, not left readable in free pages of a private journal.
  db.pragma('secure_delete = ON');
}

function translateOpenError(error: unknown, file: string, keyed: boolean): Error {
  if (error instanceof FileRefusal) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' && keyed) {
    return new AppError('WRONG_PASSPHRASE', 'That passphrase does not unlock this journal. Check it and try again.');
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('DB_CORRUPT', `The journal at ${file} is damaged or not a Cairn database; it was left untouched.`);
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('DB_LOCKED', `The journal at ${file} is in use by another program. Close it and try again.`);
  }
  if (error instanceof AppError) return error;
  return new AppError('INTERNAL', `Cairn could not prepare its database at ${file}: ${describe(error)}`);
}

/**
 * Rolls back a rollback journal left by an interrupted rekey. Only a writable connection can, so this runs before
 * any read-only check judges the file; with the wrong key (or none) SQLite leaves the journal for a later try.
 */
export function recoverHotJournal(file: string, passphrase: string | null): void {
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 2000 });
  } catch {
    return;
  }
  try {
    if (passphrase) db.key(Buffer.from(passphrase, 'utf8'));
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch {
    // Unreadable with this key: the journal stays for the right one.
  } finally {
    db.close();
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export type IntegrityResult = { ok: true } | { ok: false; problem: string };

/** Checks a database file fully (integrity_check) without writing to it: how a backup is vetted before it is offered or restored. */
export function checkIntegrity(file: string, passphrase: string | null): IntegrityResult {
  let db: Db;
  try {
    db = openDatabase(file, { readonly: true, passphrase });
  } catch (error) {
    if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') throw error;
    return { ok: false, problem: describe(error) };
  }
  try {
    const problem = integrityProblem(db);
    return problem === null ? { ok: true } : { ok: false, problem };
  } catch (error) {
    return { ok: false, problem: describe(error) };
  } finally {
    db.close();
  }
}

/** SQLite's own word that the file is damaged (or not a database), as opposed to a check that could not run. */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code === 'DB_CORRUPT');
}

/**
 * What integrity_check found wrong, or null when the file is sound. Damage that stops the check is its answer too;
 * any other failure (busy, out of memory) is thrown, since it says nothing about the file.
 */
export function integrityProblem(db: Db): string | null {
  try {
    const messages = (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    return messages.length === 1 && messages[0] === 'ok' ? null : messages.slice(0, 3).join('; ');
  } catch (error) {
    if (isDamageError(error)) return describe(error);
    throw error;
  }
}

/** The schema version a file was written with, read without writing to it. */
export function readSchemaVersion(file: string, passphrase: string | null): number {
  const db = openDatabase(file, { readonly: true, passphrase });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}
