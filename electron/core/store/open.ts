// Opens the journal database with the pragmas Cairn relies on for durability and integrity.
import Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../../../shared/errors';

export type Db = Database.Database;

export interface OpenOptions {
  /** Refuse to create a new file: used when a journal is expected to exist already. */
  mustExist?: boolean;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: options.mustExist ?? false, timeout: 2000 });
  } catch (error) {
    throw new AppError('INTERNAL', `Cairn could not open its database at ${file}: ${describe(error)}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 2000');
    return db;
  } catch (error) {
    db.close();
    throw translateOpenError(error, file);
  }
}

function translateOpenError(error: unknown, file: string): AppError {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('DB_CORRUPT', `The journal at ${file} is damaged or not a Cairn database; it was left untouched.`);
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('DB_LOCKED', `The journal at ${file} is in use by another program. Close it and try again.`);
  }
  return new AppError('INTERNAL', `Cairn could not prepare its database at ${file}: ${describe(error)}`);
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
