// The journal's life: open, locked (encrypted, waiting for a passphrase) or corrupt (read-only, offering a backup).
import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Backup, SecurityStatus } from '../../../shared/domain/security';
import { createRepos, type Repos } from '../repos';
import type { Clock } from '../repos/reflectionsRepo';
import {
  backupFileName,
  backupPath,
  createBackup,
  listBackups,
  newestGoodBackup,
  pruneBackups,
  rekeyBackups,
  type BackupReason,
} from './backups';
import { migrate, schemaVersion } from './migrate';
import type { Migration } from './migration';
import { migrations as appMigrations } from './migrations';
import { checkIntegrity, describe, looksEncrypted, openDatabase, readSchemaVersion, type Db } from './open';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface JournalOptions {
  databasePath: string;
  backupsDir: string;
  clock: Clock;
  /** The schema steps to apply; tests pass their own to exercise a failing one. */
  migrations?: readonly Migration[];
}

type State =
  | { kind: 'open'; db: Db; repos: Repos }
  | { kind: 'locked' }
  | { kind: 'corrupt'; problem: string; suggestedBackup: Backup | null };

function sameSecret(a: string, b: string | null): boolean {
  if (b === null) return false;
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

function fsyncPath(file: string): void {
  const handle = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}

export function openJournal(options: JournalOptions) {
  const { databasePath, backupsDir, clock } = options;
  const migrations = options.migrations ?? appMigrations;
  const latestVersion = migrations.at(-1)?.version ?? 0;
  /** Held only in memory while unlocked: the cipher needs it for backups and restores. */
  let passphrase: string | null = null;
  let state: State;

  function enterCorrupt(problem: string): void {
    state = { kind: 'corrupt', problem, suggestedBackup: newestGoodBackup(backupsDir, passphrase) };
  }

  /** Migrates with a backup first; a failed migration rolls back and leaves that backup in place. */
  function migrateWithBackup(db: Db): void {
    const from = schemaVersion(db);
    let backup: Backup | null = null;
    if (from > 0 && from < latestVersion) backup = createBackup(db, backupsDir, 'pre-migration', clock());
    try {
      migrate(db, migrations);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError(
        'INTERNAL',
        `Cairn could not update your journal to its new format (${describe(error)}). Nothing was changed` +
          (backup ? `, and a copy was saved as backups/${backup.name}.` : '.'),
      );
    }
  }

  /** Checks the file without writing, then opens it for writing; a damaged file is never written to. */
  function openExisting(): void {
    const check = checkIntegrity(databasePath, passphrase, 'quick');
    if (!check.ok) {
      enterCorrupt(check.problem);
      return;
    }
    const db = openDatabase(databasePath, { mustExist: true, passphrase });
    try {
      migrateWithBackup(db);
    } catch (error) {
      db.close();
      throw error;
    }
    state = { kind: 'open', db, repos: createRepos(db, clock) };
  }

  function openNew(): void {
    const db = openDatabase(databasePath);
    try {
      migrate(db, migrations);
    } catch (error) {
      db.close();
      throw error;
    }
    state = { kind: 'open', db, repos: createRepos(db, clock) };
  }

  const lockedError = () => new AppError('JOURNAL_LOCKED', 'The journal is locked. Unlock it with your passphrase.');

  function requireOpen(): Extract<State, { kind: 'open' }> {
    if (state.kind === 'open') return state;
    if (state.kind === 'locked') throw lockedError();
    throw new AppError('DB_CORRUPT', `The journal file is damaged (${state.problem}), so Cairn will not write to it. Restore a backup in Settings.`);
  }

  function closeDb(): void {
    if (state.kind !== 'open') return;
    const { db } = state;
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  }

  /** Rekeying needs a rollback journal: the cipher library cannot rekey in WAL mode. The WAL is emptied first. */
  function rekeyOpenDb(db: Db, to: string | null): void {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    try {
      db.rekey(Buffer.from(to ?? '', 'utf8'));
    } finally {
      db.pragma('journal_mode = WAL');
    }
  }

  if (!fs.existsSync(databasePath) || fs.statSync(databasePath).size === 0) openNew();
  else if (looksEncrypted(databasePath)) state = { kind: 'locked' };
  else openExisting();

  return {
    isEncrypted(): boolean {
      return passphrase !== null || state.kind === 'locked';
    },

    status(autoLockMinutes: number): SecurityStatus {
      return {
        state: state.kind,
        encrypted: passphrase !== null || state.kind === 'locked',
        autoLockMinutes,
        problem: state.kind === 'corrupt' ? state.problem : null,
        suggestedBackup: state.kind === 'corrupt' ? state.suggestedBackup : null,
      };
    },

    db(): Db {
      return requireOpen().db;
    },

    repos(): Repos {
      return requireOpen().repos;
    },

    schemaVersion(): number | null {
      return state.kind === 'open' ? schemaVersion(state.db) : null;
    },

    unlock(entered: string): void {
      if (state.kind !== 'locked') return;
      passphrase = entered;
      try {
        openExisting();
      } catch (error) {
        passphrase = null;
        state = { kind: 'locked' };
        throw error;
      }
    },

    lock(): void {
      if (state.kind === 'locked') return;
      if (passphrase === null) throw new AppError('CONFLICT', 'Set a passphrase before locking the journal.');
      closeDb();
      passphrase = null;
      state = { kind: 'locked' };
    },

    setPassphrase(next: string): void {
      const { db } = requireOpen();
      if (passphrase !== null) throw new AppError('CONFLICT', 'The journal already has a passphrase; change it instead.');
      rekeyOpenDb(db, next);
      passphrase = next;
      rekeyBackups(backupsDir, null, next);
    },

    changePassphrase(current: string, next: string): void {
      const { db } = requireOpen();
      if (passphrase === null) throw new AppError('CONFLICT', 'The journal has no passphrase yet; set one instead.');
      if (!sameSecret(current, passphrase)) throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not right.');
      rekeyOpenDb(db, next);
      passphrase = next;
      rekeyBackups(backupsDir, current, next);
    },

    removePassphrase(current: string): void {
      const { db } = requireOpen();
      if (passphrase === null) throw new AppError('CONFLICT', 'The journal has no passphrase to remove.');
      if (!sameSecret(current, passphrase)) throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not right.');
      rekeyOpenDb(db, null);
      passphrase = null;
      rekeyBackups(backupsDir, current, null);
    },

    /** Allowed while damaged (to choose one to restore), not while locked: their names and dates are private too. */
    listBackups(): Backup[] {
      if (state.kind === 'locked') throw lockedError();
      return listBackups(backupsDir);
    },

    backup(reason: BackupReason, keep: number): Backup {
      const created = createBackup(requireOpen().db, backupsDir, reason, clock());
      pruneBackups(backupsDir, keep);
      return created;
    },

    /** Makes a daily backup when the newest is a day old (or missing); returns it, or null when none was due. */
    backupIfDue(keep: number): Backup | null {
      if (state.kind !== 'open') return null;
      const newest = listBackups(backupsDir).find((backup) => backup.reason === 'daily');
      if (newest && clock().getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
      return this.backup('daily', keep);
    },

    /** Vets the backup fully, keeps the current file as a backup too, then swaps the backup in. */
    restore(name: string): void {
      if (state.kind === 'locked') throw lockedError();
      const source = backupPath(backupsDir, name);
      let check;
      try {
        check = checkIntegrity(source, passphrase, 'full');
      } catch (error) {
        if (error instanceof AppError && error.code === 'WRONG_PASSPHRASE') {
          throw new AppError('WRONG_PASSPHRASE', 'That backup was locked with a different passphrase, so it cannot be restored here.');
        }
        throw error;
      }
      if (!check.ok) throw new AppError('DB_CORRUPT', `That backup is damaged too (${check.problem}); it was not restored.`);
      if (readSchemaVersion(source, passphrase) > latestVersion) {
        throw new AppError('DB_FROM_FUTURE', 'That backup was made by a newer version of Cairn; update Cairn to restore it.');
      }

      if (state.kind === 'open') {
        createBackup(state.db, backupsDir, 'pre-restore', clock());
        closeDb();
      } else {
        const keptName = backupFileName(clock(), 'pre-restore');
        fs.copyFileSync(databasePath, path.join(backupsDir, keptName));
        if (fs.existsSync(`${databasePath}-wal`)) fs.copyFileSync(`${databasePath}-wal`, path.join(backupsDir, `${keptName}-wal`));
      }
      state = { kind: 'locked' };
      const incoming = `${databasePath}.restoring`;
      fs.copyFileSync(source, incoming);
      fsyncPath(incoming);
      fs.rmSync(`${databasePath}-wal`, { force: true });
      fs.rmSync(`${databasePath}-shm`, { force: true });
      fs.renameSync(incoming, databasePath);
      openExisting();
    },

    close(): void {
      closeDb();
      state = { kind: 'locked' };
      passphrase = null;
    },
  };
}

export type Journal = ReturnType<typeof openJournal>;
