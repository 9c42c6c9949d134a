// The journal's life: open, locked (encrypted, waiting for a passphrase) or corrupt (read-only, offering a backup).
import { timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type { Backup, InterruptedOperation, ProblemKind, SecurityStatus } from '../../../shared/domain/security';
import { createRepos, type Repos } from '../repos';
import type { Clock } from '../clock';
import {
  backupPath,
  createBackup,
  describeBackup,
  keepReplacedFile,
  listBackups,
  newestGoodBackup,
  pruneBackups,
  type BackupReason,
} from './backups';
import { fsyncDir, fsyncFile } from './durableFs';
import { hasHotJournal, headerFingerprint, inspectFile, journalPagesArePlain } from './fileShape';
import { KEY_CHECK_FILE, keyCheckAccepts, writeKeyCheck } from './keyCheck';
import { migrate, schemaVersion } from './migrate';
import type { Migration } from './migration';
import { migrations as appMigrations } from './migrations';
import { checkIntegrity, describe, FileRefusal, openDatabase, readSchemaVersion, recoverHotJournal, type Db } from './open';
import { refuseDamagedOrForeign } from './openChecks';
import { createBackgroundCheck, type BackgroundCheckOptions } from './backgroundCheck';
import { createSnapshotReads } from './snapshotReads';
import { rekeyJournal, settlePendingRekey, type RekeyPaths } from './passphraseChange';
import { cleanStaleFiles, RESTORING_SUFFIX } from './staleFiles';
import { DAY_MS } from '../../../shared/domain/dates';


export interface JournalOptions extends BackgroundCheckOptions {
  databasePath: string;
  backupsDir: string;
  clock: Clock;
  /** The schema steps to apply; tests pass their own to exercise a failing one. */
  migrations?: readonly Migration[];
  /** A notice from opening the data folder (that it was made private), shown once in the status. */
  notice?: string | null;
}

type State =
  | { kind: 'open'; db: Db; repos: Repos }
  | { kind: 'locked' }
  | { kind: 'corrupt'; problemKind: ProblemKind; problem: string; suggestedBackup: Backup | null };

const operationNames: Record<InterruptedOperation['operation'], string> = {
  set: 'setting the passphrase',
  change: 'changing the passphrase',
  remove: 'removing the passphrase',
};

function sameSecret(a: string, b: string | null): boolean {
  if (b === null) return false;
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

const isWrongPassphrase = (error: unknown) => error instanceof AppError && error.code === 'WRONG_PASSPHRASE';

export function openJournal(options: JournalOptions) {
  const { databasePath, backupsDir, clock } = options;
  const paths: RekeyPaths = { dataDir: path.dirname(databasePath), databasePath, backupsDir };
  const keyCheckPath = path.join(paths.dataDir, KEY_CHECK_FILE);
  const migrations = options.migrations ?? appMigrations;
  const latestVersion = migrations.at(-1)?.version ?? 0;
  /** Held only in memory while unlocked: the cipher needs it for backups and restores. */
  let passphrase: string | null = null;
  let interrupted: InterruptedOperation | null = null;
  let state: State = { kind: 'locked' };
  const backgroundCheck = createBackgroundCheck(options);
  const snapshots = createSnapshotReads(() => {
    const db = openDatabase(databasePath, { readonly: true, mustExist: true, passphrase });
    return { db, repos: createRepos(db, clock) };
  });

  function enterCorrupt(problemKind: ProblemKind, problem: string): void {
    state = { kind: 'corrupt', problemKind, problem, suggestedBackup: newestGoodBackup(backupsDir, passphrase) };
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

  /**
   * The key check follows the journal: plain for a plain one, locked with the passphrase otherwise. Only its form is
   * compared here (deriving the key again would double the cost of every unlock); passphrase operations rewrite it.
   */
  function ensureKeyCheck(): void {
    const shape = inspectFile(keyCheckPath);
    if (shape === (passphrase === null ? 'plain' : 'encrypted')) return;
    const staged = `${keyCheckPath}${RESTORING_SUFFIX}`;
    writeKeyCheck(staged, passphrase);
    fs.renameSync(staged, keyCheckPath);
    fsyncDir(paths.dataDir);
  }

  function becomeOpen(db: Db): void {
    state = { kind: 'open', db, repos: createRepos(db, clock) };
    ensureKeyCheck();
    backgroundCheck.start(databasePath, passphrase, () => state.kind === 'open', (problem) => {
      try {
        closeDb();
      } catch {
        // A damaged file may refuse the checkpoint; the connection is closed either way.
      }
      enterCorrupt('damaged', problem);
    });
  }

  /**
   * Rolls back a rekey's leftover journal, then checks the file before anything is written, then opens it for
   * writing; a damaged file, or a database that is not Cairn's, is never written to.
   */
  function openExisting(): void {
    if (hasHotJournal(databasePath) && (passphrase !== null || journalPagesArePlain(databasePath))) recoverHotJournal(databasePath, passphrase);
    let db: Db;
    try {
      db = openDatabase(databasePath, { mustExist: true, passphrase, vet: refuseDamagedOrForeign });
    } catch (error) {
      if (error instanceof FileRefusal) enterCorrupt(error.kind, error.message);
      else if (error instanceof AppError && error.code === 'DB_CORRUPT') enterCorrupt('damaged', error.message);
      else throw error;
      return;
    }
    try {
      migrateWithBackup(db);
    } catch (error) {
      db.close();
      throw error;
    }
    becomeOpen(db);
  }

  function openNew(): void {
    const db = openDatabase(databasePath);
    try {
      migrate(db, migrations);
    } catch (error) {
      db.close();
      throw error;
    }
    becomeOpen(db);
  }

  /** Decides what the file is before opening it; none of these steps writes to a damaged file. */
  function judge(): void {
    const shape = inspectFile(databasePath);
    if (shape === 'missing' || shape === 'empty') {
      if (listBackups(backupsDir).length === 0) openNew();
      else if (shape === 'missing') enterCorrupt('missing', 'The journal file is missing from the data folder.');
      else enterCorrupt('empty', 'The journal file is empty: it holds no entries.');
    } else if (shape === 'damaged') {
      enterCorrupt('damaged', 'The start of the file is neither a SQLite header nor an encrypted journal.');
    } else if (shape === 'encrypted') {
      state = { kind: 'locked' };
    } else {
      openExisting();
    }
  }

  const lockedError = () => new AppError('JOURNAL_LOCKED', 'The journal is locked. Unlock it with your passphrase.');

  function requireOpen(): Extract<State, { kind: 'open' }> {
    if (state.kind === 'open') return state;
    if (state.kind === 'locked') throw lockedError();
    throw new AppError('DB_CORRUPT', `The journal file cannot be used (${state.problem}), so Cairn will not write to it. Restore a backup.`);
  }

  function closeDb(): void {
    if (state.kind !== 'open') return;
    backgroundCheck.stop();
    const { db } = state;
    snapshots.close();
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  }

  /** Reopens the journal afterwards with whichever key it ended up with, even when the operation failed. */
  function changeKey(from: string | null, to: string | null): void {
    requireOpen();
    interrupted = null;
    const before = headerFingerprint(databasePath);
    try {
      rekeyJournal(paths, from, to, () => {
        closeDb();
        state = { kind: 'locked' };
      });
    } finally {
      if (state.kind !== 'open') {
        passphrase = headerFingerprint(databasePath) === before ? from : to;
        openExisting();
      }
    }
  }

  function wrongForBackup(): AppError {
    return new AppError('WRONG_PASSPHRASE', 'That backup is encrypted: enter the passphrase it was made with to restore it.');
  }

  interrupted = settlePendingRekey(paths);
  cleanStaleFiles(paths, null);
  judge();

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
        problemKind: state.kind === 'corrupt' ? state.problemKind : null,
        suggestedBackup: state.kind === 'corrupt' ? state.suggestedBackup : null,
        interrupted,
        notice: options.notice ?? null,
      };
    },

    db(): Db {
      return snapshots.pick(requireOpen()).db;
    },

    repos(): Repos {
      return snapshots.pick(requireOpen()).repos;
    },

    /** Runs a read operation's handler: while an import's transaction is open, it reads the last commit instead. */
    reading<T>(read: () => T): T {
      return snapshots.reading(read);
    },

    schemaVersion(): number | null {
      return state.kind === 'open' ? schemaVersion(state.db) : null;
    },

    /**
     * A passphrase that fails on the journal but opens the key check is the right one: the journal is damaged,
     * and is reported so (with backups offered) rather than as a wrong passphrase.
     */
    unlock(entered: string): void {
      if (state.kind !== 'locked') return;
      passphrase = entered;
      try {
        openExisting();
        cleanStaleFiles(paths, entered);
      } catch (error) {
        if (isWrongPassphrase(error) && keyCheckAccepts(keyCheckPath, entered) === true) {
          enterCorrupt('damaged', 'Your passphrase is right, but the journal file is damaged, so it cannot be decrypted.');
          return;
        }
        passphrase = null;
        state = { kind: 'locked' };
        if (isWrongPassphrase(error) && interrupted) {
          const which = interrupted.outcome === 'undone' ? 'the passphrase it had before' : 'the new passphrase';
          throw new AppError(
            'WRONG_PASSPHRASE',
            `That passphrase does not unlock this journal. Cairn stopped while ${operationNames[interrupted.operation]}; it opens with ${which}.`,
          );
        }
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
      requireOpen();
      if (passphrase !== null) throw new AppError('CONFLICT', 'The journal already has a passphrase; change it instead.');
      changeKey(null, next);
    },

    changePassphrase(current: string, next: string): void {
      requireOpen();
      if (passphrase === null) throw new AppError('CONFLICT', 'The journal has no passphrase yet; set one instead.');
      if (!sameSecret(current, passphrase)) throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not right.');
      changeKey(current, next);
    },

    removePassphrase(current: string): void {
      requireOpen();
      if (passphrase === null) throw new AppError('CONFLICT', 'The journal has no passphrase to remove.');
      if (!sameSecret(current, passphrase)) throw new AppError('WRONG_PASSPHRASE', 'The current passphrase is not right.');
      changeKey(current, null);
    },

    /** Allowed in every state, so a locked or damaged journal can be restored: names, dates and sizes need no key. */
    listBackups(): Backup[] {
      return listBackups(backupsDir).map((backup) => describeBackup(backupsDir, backup, passphrase));
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

    /**
     * Vets the backup fully, keeps the current file (with its side files) as a backup too, then swaps the backup
     * in. An encrypted backup needs its passphrase, which becomes the journal's.
     */
    restore(name: string, backupPassphrase?: string): void {
      const source = backupPath(backupsDir, name);
      const shape = inspectFile(source);
      const key = shape === 'plain' ? null : (backupPassphrase ?? passphrase);
      if (shape === 'encrypted' && key === null) throw wrongForBackup();
      let check;
      try {
        check = checkIntegrity(source, key);
      } catch (error) {
        if (isWrongPassphrase(error)) throw wrongForBackup();
        throw error;
      }
      if (!check.ok) throw new AppError('DB_CORRUPT', `That backup is damaged too (${check.problem}); it was not restored.`);
      if (readSchemaVersion(source, key) > latestVersion) {
        throw new AppError('DB_FROM_FUTURE', 'That backup was made by a newer version of Cairn; update Cairn to restore it.');
      }

      const incoming = `${databasePath}${RESTORING_SUFFIX}`;
      fs.copyFileSync(source, incoming);
      fsyncFile(incoming);
      if (state.kind === 'open') {
        createBackup(state.db, backupsDir, 'pre-restore', clock());
        closeDb();
        for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${databasePath}${suffix}`, { force: true });
      } else {
        keepReplacedFile(databasePath, backupsDir, clock());
      }
      state = { kind: 'locked' };
      fs.renameSync(incoming, databasePath);
      // The restored journal may use another passphrase than the one the key check was written with.
      fs.rmSync(keyCheckPath, { force: true });
      fsyncDir(paths.dataDir);
      passphrase = key;
      interrupted = null;
      openExisting();
    },

    /** The explicit choice of a fresh journal when the file is missing or empty; the backups stay where they are. */
    startNew(): void {
      if (state.kind !== 'corrupt' || (state.problemKind !== 'missing' && state.problemKind !== 'empty')) {
        throw new AppError('CONFLICT', 'A new journal can only be started when the journal file is missing or empty.');
      }
      fs.rmSync(databasePath, { force: true });
      passphrase = null;
      openNew();
    },

    close(): void {
      closeDb();
      state = { kind: 'locked' };
      passphrase = null;
    },
  };
}

export type Journal = ReturnType<typeof openJournal>;
