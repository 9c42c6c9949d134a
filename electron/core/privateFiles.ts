// Keeps the data folder private on POSIX: the folder and its subfolders 0700, every file in them 0600, looser modes tightened.
import fs from 'node:fs';
import path from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;
/** Windows has no POSIX modes: there the per-user AppData folder's ACL is what keeps other users out. */
const posix = process.platform !== 'win32';

/** Makes one file Cairn just wrote readable by its owner only. */
export function makePrivate(file: string): void {
  if (posix) fs.chmodSync(file, PRIVATE_FILE_MODE);
}

/** Creates an empty file as 0600 unless it exists, so the database (and SQLite's side files, which copy its mode) start private. */
export function touchPrivate(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
}

/** Creates `dir` private or tightens it and everything under it; true when anything was readable by other users. */
export function ensurePrivateFolder(dir: string): boolean {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  return posix ? tighten(dir) : false;
}

function tighten(target: string): boolean {
  const stat = fs.lstatSync(target);
  if (stat.isSymbolicLink()) return false;
  const wanted = stat.isDirectory() ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE;
  let loosened = false;
  if ((stat.mode & 0o077) !== 0) {
    fs.chmodSync(target, wanted);
    loosened = true;
  }
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(target)) loosened = tighten(path.join(target, name)) || loosened;
  }
  return loosened;
}
