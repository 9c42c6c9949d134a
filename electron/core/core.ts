// Assembles the electron-free core for one data folder: lock, journal (open, locked or damaged), handlers, dispatch.
import path from 'node:path';
import type { CoreChange } from '../../shared/changes';
import { isOperationName, type AppInfo } from '../../shared/contract';
import { createAutoLock } from './autoLock';
import { createDispatch, type Dispatch } from './dispatch';
import { createJobs } from './jobs';
import type { Progress } from '../../shared/progress';
import { createWriteQueue } from './writeQueue';
import { createHandlers, writeTable, type Handlers } from './handlers';
import { ensurePrivateFolder } from './privateFiles';
import { systemClock, type Clock } from './clock';
import { BACKUPS_FOLDER } from './store/backups';
import { lockDataFolder } from './store/folderLock';
import { openJournal, type Journal } from './store/journal';
import type { Db } from './store/open';
import { checkOnThisThread, type IntegrityCheck } from './store/openChecks';
import { createSyncEngine, SYNC_FOLDER, type SyncEngine } from './sync/syncEngine';
import { watchSyncFolder } from './sync/folderWatch';
import type { ScryptParams } from './sync/syncCrypto';

export const DATABASE_FILE = 'cairn.db';
/** How often the core looks at the clock for a due daily backup, an idle journal to lock, or trash past its 30 days. */
const HOUSEKEEPING_INTERVAL_MS = 30_000;
/** How often housekeeping deletes the attachments nothing refers to any more. */
const ATTACHMENT_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  host: AppInfo['host'];
  clock?: Clock;
  onUnexpectedError?: (error: unknown) => void;
  /** Daily backups and auto-lock run on a timer; tests that drive the clock themselves turn it off. */
  housekeeping?: boolean;
  /** The sync key's scrypt settings for a folder this core sets up first; tests pass cheap ones. */
  syncScrypt?: ScryptParams;
  /**
   * The full integrity check run in the background after each open (the open checks only what is cheap). The core's
   * worker passes one that runs in a thread of its own; without it the check runs on this thread, a turn after the open.
   */
  integrityCheck?: IntegrityCheck;
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
  /** Calls the listener with each progress event of a long operation, in order; returns how to stop. */
  onProgress(listener: (progress: Progress) => void): () => void;
  /** Sync through a folder; the core's folder watcher (electron/core/sync/folderWatch.ts) drives its runs. */
  sync: SyncEngine;
  /** Runs the daily-backup and auto-lock checks now (the timer calls this too). */
  housekeep(): void;
  /** Checkpoints the WAL into the main file, closes the database and releases the folder lock. */
  close(): void;
  /** Closes once the writes under way (an import that yields between its steps) have finished. */
  closeWhenIdle(): Promise<void>;
}

/** Reads run at once; writes wait for the one before, so none lands inside a long import's open transaction. */
function writesJournal(operation: unknown): boolean {
  return isOperationName(operation) && writeTable[operation].aggregates.length > 0;
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
      verify: options.integrityCheck ?? checkOnThisThread,
      // Between writes, so an import's open transaction is never cut off; the page then shows the damaged journal.
      onDamageFound: (_problem, enter) =>
        void writes.run(async () => {
          if (enter()) announce({ aggregates: ['security'], ids: {} });
        }),
      onCheckFailed: (error) => onUnexpected(new Error(`The journal's background integrity check could not run: ${error instanceof Error ? error.message : String(error)}`)),
    });
  } catch (error) {
    lock.release();
    throw error;
  }

  const changeListeners = new Set<(change: CoreChange) => void>();
  const progressListeners = new Set<(progress: Progress) => void>();
  const jobs = createJobs((progress) => progressListeners.forEach((listener) => listener(progress)));
  const announce = (change: CoreChange) => changeListeners.forEach((listener) => listener(change));
  const sync = createSyncEngine({ journal, clock, announce, scrypt: options.syncScrypt });
  // Both shells open the core, so one watcher here serves the desktop app and the browser host alike.
  const watcher =
    options.housekeeping === false
      ? null
      : watchSyncFolder({
          folder: () => {
            if (journal.status(0).state !== 'open') return null;
            const settings = sync.settings();
            return settings && !settings.paused ? path.join(settings.folder, SYNC_FOLDER) : null;
          },
          // In the write queue, so a sync never lands inside a long import's open transaction.
          run: () => void writes.run(async () => sync.run()).catch(onUnexpected),
          onError: onUnexpected,
        });
  changeListeners.add((change) => {
    sync.noteChange(change);
    watcher?.poke();
  });
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

  // Finding which attachments are still linked reads every text that mentions one: hourly, not every 30 s.
  let lastAttachmentSweep = Number.NEGATIVE_INFINITY;
  function housekeep(): void {
    try {
      const settings = settingOr(() => journal.repos().settings.all(), null);
      if (!settings) return;
      journal.backupIfDue(settings['backups.keep']);
      journal.repos().trash.purgeExpired();
      if (clock().getTime() - lastAttachmentSweep >= ATTACHMENT_SWEEP_INTERVAL_MS) {
        lastAttachmentSweep = clock().getTime();
        journal.repos().attachments.removeUnreferenced();
      }
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
    jobs,
    sync,
  });
  const dispatchInner = createDispatch(handlers, { writes: writeTable, onUnexpected, onChange: announce });
  const writes = createWriteQueue();
  const dispatch: Dispatch = (operation, payload) => {
    // Polling the lock state must not keep an idle journal unlocked.
    autoLock.used(operation);
    return writesJournal(operation) ? writes.run(() => dispatchInner(operation, payload)) : journal.reading(() => dispatchInner(operation, payload));
  };

  housekeep();
  const timer = options.housekeeping === false ? null : setInterval(() => void writes.run(async () => housekeep()), HOUSEKEEPING_INTERVAL_MS);
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
    sync,
    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    onProgress(listener) {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },
    housekeep,
    closeWhenIdle() {
      return writes.idle().then(() => this.close());
    },
    close() {
      if (closed) return;
      closed = true;
      if (timer) clearInterval(timer);
      watcher?.close();
      try {
        journal.close();
      } finally {
        lock.release();
      }
    },
  };
}
