// A temporary folder for one bench run's journals and pages, removed when the run ends.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Workspace {
  root: string;
  folder(name: string): string;
  remove(): void;
}

export function createWorkspace(): Workspace {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-bench-'));
  return {
    root,
    folder(name) {
      const folder = path.join(root, name);
      fs.mkdirSync(folder, { recursive: true });
      return folder;
    },
    remove() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Bytes of a SQLite database with its WAL and shared-memory files, as they sit on disk. */
export function databaseBytes(file: string): number {
  return ['', '-wal', '-shm'].reduce((total, suffix) => {
    try {
      return total + fs.statSync(file + suffix).size;
    } catch {
      return total;
    }
  }, 0);
}
