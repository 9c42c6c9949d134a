// File steps that must survive a power cut: syncing a file or a folder's entries, and writing a small file atomically.
import fs from 'node:fs';
import path from 'node:path';
import { PRIVATE_FILE_MODE } from '../privateFiles';

export function fsyncFile(file: string): void {
  const handle = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** Makes renames and deletions in `dir` durable; Windows cannot open a folder for syncing and journals renames itself. */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const handle = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** Writes `content` to a private temporary file, syncs it and renames it over `file`: readers see the old or the new content. */
export function writeFileAtomically(file: string, content: string | Uint8Array): void {
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, content, { mode: PRIVATE_FILE_MODE });
  fsyncFile(partial);
  fs.renameSync(partial, file);
  fsyncDir(path.dirname(file));
}

/** Removes a database file together with the side files SQLite may have left beside it. */
export function removeWithSideFiles(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}
