// Maps SQLite failures to messages a person can act on; anything unrecognised stays INTERNAL.
import { AppError } from '../../shared/errors';

export function translateStorageError(error: unknown): AppError {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'SQLITE_FULL':
      return new AppError('STORAGE_FULL', 'The disk (or the journal’s size limit) is full, so this was not saved. Free some space and try again.');
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new AppError('DB_LOCKED', 'The journal is busy in another program, so this was not saved. Try again in a moment.');
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new AppError('DB_CORRUPT', 'The journal file is damaged, so this was not saved. Nothing else was changed.');
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new AppError('VALIDATION', 'Something this refers to (a value, experiment or prompt) no longer exists, so it was not saved.');
    case 'SQLITE_READONLY':
      return new AppError('INTERNAL', 'The journal file is read-only, so this was not saved.');
    default:
      return new AppError('INTERNAL', `Something went wrong inside Cairn: ${error instanceof Error ? error.message : String(error)}`);
  }
}
