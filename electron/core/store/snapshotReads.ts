// Reads beside a long write: while a write that yields between its steps (an import) holds its transaction open, a
// read runs on a read-only connection, which in WAL mode sees the last commit, never rows that may yet roll back.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Repos } from '../repos';
import type { Db } from './open';

export interface Connection {
  db: Db;
  repos: Repos;
}

export interface SnapshotReads {
  /** The connection to use now: the writer's, unless a read runs while the writer holds a transaction open. */
  pick(writer: Connection): Connection;
  /** Runs a read operation's handler, however many awaits it takes, so `pick` knows it is a read. */
  reading<T>(read: () => T): T;
  /** Closes the read connection (before the writer's, which checkpoints the WAL). */
  close(): void;
}

/** `openReader` opens the read connection the first time one is needed. */
export function createSnapshotReads(openReader: () => Connection): SnapshotReads {
  const scope = new AsyncLocalStorage<true>();
  let reader: Connection | null = null;
  return {
    pick(writer) {
      if (scope.getStore() !== true || !writer.db.inTransaction) return writer;
      reader ??= openReader();
      return reader;
    },
    reading: (read) => scope.run(true, read),
    close() {
      reader?.db.close();
      reader = null;
    },
  };
}
