// A tiny database beside the journal, locked with the same passphrase (or plain), that tells a wrong passphrase from a damaged journal.
import fs from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { makePrivate, touchPrivate } from '../privateFiles';

export const KEY_CHECK_FILE = 'cairn.keycheck';

/** Writes a fresh check file at `target`, encrypted with `passphrase` (plain when null), and syncs it to disk. */
export function writeKeyCheck(target: string, passphrase: string | null): void {
  fs.rmSync(target, { force: true });
  fs.rmSync(`${target}-journal`, { force: true });
  touchPrivate(target);
  const db = new Database(target);
  try {
    if (passphrase) db.key(Buffer.from(passphrase, 'utf8'));
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE key_check (written_by TEXT NOT NULL); INSERT INTO key_check VALUES (\'cairn\')');
  } finally {
    db.close();
  }
  makePrivate(target);
  const handle = fs.openSync(target, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

/** Whether `passphrase` opens the check file; null when there is none (a journal from before Cairn kept one). */
export function keyCheckAccepts(file: string, passphrase: string | null): boolean | null {
  if (!fs.existsSync(file)) return null;
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return false;
  }
  try {
    if (passphrase) db.key(Buffer.from(passphrase, 'utf8'));
    db.prepare('SELECT count(*) FROM key_check').get();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}
