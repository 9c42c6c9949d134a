// Assembles the electron-free core for one data folder: lock, journal (open, locked or damaged), handlers, dispatch.
import path from 'node:path';
import type { CoreChange } from '../../shared/changes';
import type { AppInfo } from '../../shared/contract';
import { createAutoLock } from './autoLock';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers, writeTable, type Handlers } from './handlers';
import { ensurePrivateFolder } from './privateFiles';
import { systemClock, type Clock } from './clock';
import { BACKUPS_FOLDER } from './store/backups';
import { lockDataFolder } from './store/folderLock';
import { openJournal, type Journal } from './store/journal';
import type { Db } from './store/open';

export const DATABASE_FILE = 'cairn.db';
/** How often the core looks at the clock for a due daily backup, an idle journal to lock, or trash past its 30 days. */
const HOUSEKEEPING_INTERVAL_MS = 30_000;

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  host: AppInfo['host'];
  clock?: Clock;
  onUnexpectedError?: (error: unknown) => void;
  /** Daily backups and auto-lock run on a timer; tests that drive the clock themselves turn it off. */
  housekeeping?: boolean;
}

export interface Core {
  dispatch: Dispatch;
  handlers: Handlers;
  journal: Journal;
  /** The open database; throws JOURNAL_LOCKED or DB_CORRUPT when the journal is not open. */
  readonly db: Db;
  dataDir: string;
  /** Calls the listener after every committed write with what it changed; returns how to stop. */
  onChange(listener: (change: CoreChange) => void): () => void;
  /** Runs the daily-backup and auto-lock checks now (the timer calls this too). */
  housekeep(): void;
  /** Checkpoints the WAL into the main file, closes the database and releases the folder lock. */
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  const tightened = ensurePrivateFolder(options.dataDir);
  const lock = lockDataFolder(options.dataDir);
  const databasePath = path.join(options.dataDir, DATABASE_FILE);
  const clock = options.clock ?? systemClock;
  const onUnexpected = options.onUnexpectedError ?? (() => {});
  let journal: Journal;
  try {
    journal = openJournal({
      databasePath,
      backupsDir: path.join(options.dataDir, BACKUPS_FOLDER),
      clock,
      notice: tightened ? 'Other users of this computer could read your data folder; Cairn has made it private to you.' : null,
    });
  } catch (error) {
    lock.release();
    throw error;
  }

  const changeListeners = new Set<(change: CoreChange) => void>();
  const announce = (change: CoreChange) => changeListeners.forEach((listener) => listener(change));
  const autoLock = createAutoLock({
    journal,
    clock,
    announce,
    later: (ms, check) => {
      if (options.housekeeping !== false) setTimeout(check, ms).unref();
    },
  });
  const settingOr = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch {
      return fallback;
    }
  };

  function housekeep(): void {
    try {
      const settings = settingOr(() => journal.repos().settings.all(), null);
      if (!settings) return;
      journal.backupIfDue(settings['backups.keep']);
      journal.repos().trash.purgeExpired();
      autoLock.check(settings['security.autoLockMinutes']);
    } catch (error) {
      onUnexpected(error);
    }
  }

  const handlers = createHandlers({
    journal,
    info: () => ({
      appVersion: options.appVersion,
      schemaVersion: journal.schemaVersion(),
      dataDir: options.dataDir,
      databasePath,
      host: options.host,
    }),
    clock,
    onSettingsChanged: housekeep,
  });
  const dispatchInner = createDispatch(handlers, { writes: writeTable, onUnexpected, onChange: announce });
  const dispatch: Dispatch = (operation, payload) => {
    // Polling the lock state must not keep an idle journal unlocked.
    autoLock.used(operation);
    return dispatchInner(operation, payload);
  };

  housekeep();
  const timer = options.housekeeping === false ? null : setInterval(housekeep, HOUSEKEEPING_INTERVAL_MS);
  timer?.unref();

  let closed = false;
  return {
    dispatch,
    handlers,
    journal,
    get db() {
      return journal.db();
    },
    dataDir: options.dataDir,
    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    housekeep,
    close() {
      if (closed) return;
      closed = true;
      if (timer) clearInterval(timer);
      try {
        journal.close();
      } finally {
        lock.release();
      }
    },
  };
}
