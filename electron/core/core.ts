// Assembles the electron-free core for one data folder: lock, open, migrate, repos, handlers, dispatch.
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../../shared/contract';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers, type Handlers } from './handlers';
import { createReflectionsRepo, type Clock } from './repos/reflectionsRepo';
import { lockDataFolder } from './store/folderLock';
import { migrate, schemaVersion } from './store/migrate';
import { openDatabase, type Db } from './store/open';

export const DATABASE_FILE = 'cairn.db';

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  host: AppInfo['host'];
  clock?: Clock;
  onUnexpectedError?: (error: unknown) => void;
}

export interface Core {
  dispatch: Dispatch;
  handlers: Handlers;
  db: Db;
  dataDir: string;
  /** Checkpoints the WAL into the main file, closes the database and releases the folder lock. */
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const lock = lockDataFolder(options.dataDir);
  const databasePath = path.join(options.dataDir, DATABASE_FILE);
  let db: Db;
  try {
    db = openDatabase(databasePath);
    migrate(db);
  } catch (error) {
    lock.release();
    throw error;
  }
  const handlers = createHandlers({
    reflections: createReflectionsRepo(db, options.clock),
    info: () => ({
      appVersion: options.appVersion,
      schemaVersion: schemaVersion(db),
      dataDir: options.dataDir,
      databasePath,
      host: options.host,
    }),
  });
  let closed = false;
  return {
    dispatch: createDispatch(handlers, options.onUnexpectedError),
    handlers,
    db,
    dataDir: options.dataDir,
    close() {
      if (closed) return;
      closed = true;
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
        lock.release();
      }
    },
  };
}
