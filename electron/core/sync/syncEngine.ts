// Sync for one open journal: records local writes as changes, writes them to this device's log, applies the others'.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { CoreChange } from '../../../shared/changes';
import { createReplica, receiveChange, type Replica } from '../../../shared/domain/sync/replica';
import type { SyncChange } from '../../../shared/domain/sync/records';
import { resolveRecord } from '../../../shared/domain/sync/resolve';
import type { SyncStatus } from '../../../shared/domain/syncSetup';
import { AppError } from '../../../shared/errors';
import { stateChanges } from '../../../shared/domain/sync/compact';
import type { Clock } from '../clock';
import { PRIVATE_DIR_MODE } from '../privateFiles';
import type { Journal } from '../store/journal';
import { localReflectionChanges, writeResolvedReflection } from './reflectionSync';
import { listSyncFiles, writeSyncFile } from './syncFiles';
import { DamagedKeyFileError, KEY_FILE, unlockSyncFolder, WrongSyncPassphraseError } from './syncKey';
import type { ScryptParams } from './syncCrypto';
import { readFolder } from './syncReader';
import { createSyncStore, type SyncSettings } from './syncStore';

export const SYNC_FOLDER = 'cairn-sync';

export interface SyncRunReport {
  /** Reflections changed by other devices' changes. */
  readonly applied: readonly string[];
  readonly rejected: readonly string[];
  readonly waiting: readonly string[];
  readonly conflicts: readonly string[];
}

/** Told how a run is going, for a first sync's progress bar: files read of those found, then records applied. */
export type SyncRunProgress = (phase: 'reading' | 'writing', done: number, total: number) => void;

export interface SyncEngineOptions {
  journal: Journal;
  clock: Clock;
  /** Tells open views what sync changed, through the same feed as every write. */
  announce: (change: CoreChange) => void;
  scrypt?: ScryptParams;
}

export function createSyncEngine(options: SyncEngineOptions) {
  const { journal, clock } = options;
  let replica: Replica | null = null;
  const dirty = new Set<string>();
  let everything = false;
  let lastReport: SyncRunReport = { applied: [], rejected: [], waiting: [], conflicts: [] };
  let lastSync: string | null = null;

  const store = () => createSyncStore(journal.db());
  const settingsOrRefuse = (): SyncSettings => {
    const settings = store().settings();
    if (!settings) throw new AppError('CONFLICT', 'Sync is not set up on this computer.');
    return settings;
  };
  const rootOf = (settings: SyncSettings) => path.join(settings.folder, SYNC_FOLDER);

  /** The merge state, rebuilt from the kept change records the first time it is needed after an unlock. */
  function replicaFor(settings: SyncSettings): Replica {
    if (replica?.device === settings.device) return replica;
    const fresh = createReplica(settings.device);
    // The clock moves past every change kept, so what this device makes next is later than all of them.
    for (const change of store().changes()) receiveChange(fresh, change, 0);
    replica = fresh;
    return fresh;
  }

  /** Turns what local writes changed into change records and keeps them (they go to the folder on the next run). */
  function recordLocal(settings: SyncSettings): number {
    const target = replicaFor(settings);
    const repos = journal.repos();
    const ids = everything ? allReflectionIds().concat([...dirty]) : [...dirty];
    dirty.clear();
    everything = false;
    const now = clock().getTime();
    const made: SyncChange[] = [];
    for (const id of new Set(ids)) made.push(...localReflectionChanges(repos, target, id, now));
    store().keep(made);
    return made.length;
  }

  function allReflectionIds(): string[] {
    const db = journal.db();
    const live = db.prepare<[], { id: string }>('SELECT id FROM reflections').all();
    const known = [...(replica?.state.values() ?? [])].filter((record) => record.kind === 'reflection');
    return [...live.map((row) => row.id), ...known.map((record) => record.id)];
  }

  /**
   * Writes this device's unpublished changes as its next log file. Its first file in a folder is a snapshot of
   * everything it knows instead, so a new computer (or a fresh folder after the old one was lost) gets the whole
   * journal, other devices' changes included, from one file.
   */
  function publish(settings: SyncSettings): SyncSettings {
    const pending = store().unpublished(settings.device, settings.publishedUpTo);
    const first = settings.seq === 0;
    if (pending.length === 0 && !first) return settings;
    const seq = settings.seq + 1;
    writeSyncFile(rootOf(settings), Buffer.from(settings.key, 'base64'), {
      format: 1,
      kind: first ? 'snapshot' : 'log',
      device: settings.device,
      seq,
      deviceName: settings.deviceName,
      writtenAt: clock().toISOString(),
      seen: settings.cursors,
      changes: first ? stateChanges(replicaFor(settings).state) : pending,
    });
    return { ...settings, seq, publishedUpTo: pending.at(-1)?.hlc ?? settings.publishedUpTo };
  }

  function pull(settings: SyncSettings, progress?: SyncRunProgress): { settings: SyncSettings; report: SyncRunReport } {
    const target = replicaFor(settings);
    const read = readFolder(rootOf(settings), Buffer.from(settings.key, 'base64'), settings.device, settings.cursors);
    const touched = new Set<string>();
    const received: SyncChange[] = [];
    const now = clock();
    for (const [index, payload] of read.payloads.entries()) {
      progress?.('reading', index, read.payloads.length);
      for (const change of payload.changes) {
        if (change.device === settings.device) continue;
        if (receiveChange(target, change, now.getTime()) && change.kind === 'reflection') touched.add(change.id);
        received.push(change);
      }
      store().sawDevice({ device: payload.device, name: payload.deviceName, lastSeen: payload.writtenAt, seen: payload.seen });
    }
    const db = journal.db();
    const repos = journal.repos();
    const sync = store();
    const kept = new Set(sync.conflicts().map((conflict) => conflict.versionId));
    const applied: string[] = [];
    const conflicts: string[] = [];
    progress?.('reading', read.payloads.length, read.payloads.length);
    let written = 0;
    db.transaction(() => {
      sync.keep(received);
      for (const id of touched) {
        progress?.('writing', written++, touched.size);
        const record = target.state.get(`reflection/${id}`);
        if (!record) continue;
        const result = writeResolvedReflection(db, repos, resolveRecord(record), kept, now);
        if (!result) continue;
        applied.push(result.id);
        for (const versionId of result.conflicts) conflicts.push(versionId);
        if (result.conflicts.length > 0) {
          sync.saveConflicts([...sync.conflicts(), ...result.conflicts.map((versionId) => ({ reflectionId: id, versionId, keptAt: now.toISOString() }))]);
        }
      }
      if (applied.length > 0) repos.tags.deleteUnused();
      sync.saveSettings({ ...settings, cursors: read.cursors });
    })();
    progress?.('writing', touched.size, touched.size);
    return {
      settings: { ...settings, cursors: read.cursors },
      report: { applied, rejected: read.rejected, waiting: read.waiting, conflicts },
    };
  }

  return {
    /** Called with every committed write: the reflections it names are looked at on the next run. */
    noteChange(change: CoreChange): void {
      if (change.aggregates.includes('journal')) everything = true;
      if (!change.aggregates.includes('reflections') && !change.aggregates.includes('trash')) return;
      const ids = change.ids.reflections;
      if (ids) ids.forEach((id) => dirty.add(id));
      else everything = true;
    },

    /**
     * Starts syncing this journal through `folder`: refused, with nothing written, when the passphrase is wrong. `start`
     * expects a folder with no Cairn sync in it yet and `join` one that has, so a wrong folder is caught as such.
     */
    async configure(input: { folder: string; passphrase: string; deviceName: string; mode?: 'start' | 'join' }): Promise<void> {
      const root = path.join(input.folder, SYNC_FOLDER);
      if (!fs.existsSync(input.folder) || !fs.statSync(input.folder).isDirectory()) {
        throw new AppError('VALIDATION', `There is no folder at ${input.folder}. Choose a folder that exists on this computer.`);
      }
      const made = fs.existsSync(path.join(root, KEY_FILE));
      if (input.mode === 'join' && !made) {
        throw new AppError(
          'VALIDATION',
          'This folder has no Cairn sync in it yet. Choose the folder your other computer syncs through (it holds a cairn-sync folder), or set up a new sync.',
        );
      }
      if (input.mode === 'start' && made) {
        throw new AppError('CONFLICT', 'This folder already holds a Cairn sync. Join it instead, with the sync passphrase chosen for it.');
      }
      fs.mkdirSync(root, { recursive: true, mode: PRIVATE_DIR_MODE });
      let key: Buffer;
      try {
        key = await unlockSyncFolder(root, input.passphrase, options.scrypt);
      } catch (error) {
        if (error instanceof WrongSyncPassphraseError) throw new AppError('WRONG_PASSPHRASE', error.message);
        if (error instanceof DamagedKeyFileError) throw new AppError('VALIDATION', error.message);
        throw error;
      }
      // A different folder starts afresh there: numbering from 1, a snapshot first, every device read from the start.
      const kept = store().settings();
      const previous = kept?.folder === input.folder ? kept : null;
      store().saveSettings({
        folder: input.folder,
        device: kept?.device ?? randomBytes(8).toString('hex'),
        deviceName: input.deviceName,
        key: key.toString('base64'),
        paused: false,
        seq: previous?.seq ?? 0,
        publishedUpTo: previous?.publishedUpTo ?? null,
        cursors: previous?.cursors ?? {},
      });
      everything = true;
    },

    /** This computer's name, as the others will see it from its next file on. */
    rename(deviceName: string): void {
      const settings = settingsOrRefuse();
      store().saveSettings({ ...settings, deviceName });
    },

    /** Paused: nothing is read or written in the folder; local changes are still recorded when it resumes. */
    setPaused(paused: boolean): void {
      const settings = settingsOrRefuse();
      store().saveSettings({ ...settings, paused });
    },

    /** "Stop syncing on this computer": the journal and its change records stay; the folder is left as it is. */
    stop(): void {
      store().forget();
      replica = null;
      lastSync = null;
    },

    /** The person has reviewed an entry edited on two computers: its notice goes (the versions stay in its history). */
    reviewed(reflectionId: string): void {
      const sync = store();
      sync.saveConflicts(sync.conflicts().filter((conflict) => conflict.reflectionId !== reflectionId));
    },

    status(): SyncStatus {
      const settings = store().settings();
      const conflicts = store().conflicts();
      if (!settings) return { state: 'off', folder: null, deviceName: null, devices: [], lastSync: null, pendingOut: 0, pendingIn: 0, rejected: [], conflicts };
      const open = journal.status(0).state === 'open';
      const others = store().devices().filter((row) => row.device !== settings.device);
      const files = settings.paused ? [] : listSyncFiles(rootOf(settings)).filter((file) => file.device !== settings.device && !file.copy);
      const pendingIn = files.filter((file) => file.seq > (settings.cursors[file.device] ?? 0)).length;
      return {
        state: !open ? 'locked' : settings.paused ? 'paused' : 'on',
        folder: settings.folder,
        deviceName: settings.deviceName,
        devices: [
          { device: settings.device, name: settings.deviceName, lastSeen: lastSync, thisComputer: true },
          ...others.map((row) => ({ device: row.device, name: row.name, lastSeen: row.lastSeen, thisComputer: false })),
        ],
        lastSync,
        pendingOut: store().unpublished(settings.device, settings.publishedUpTo).length + dirty.size,
        pendingIn,
        rejected: [...lastReport.rejected],
        conflicts,
      };
    },

    /** One pass: record, publish, read and apply. Skipped while the journal is locked or sync is paused or off. */
    run(progress?: SyncRunProgress): SyncRunReport | null {
      if (journal.status(0).state !== 'open') {
        replica = null;
        return null;
      }
      let settings = store().settings();
      if (!settings || settings.paused) return null;
      recordLocal(settings);
      settings = publish(settings);
      store().saveSettings(settings);
      const pulled = pull(settings, progress);
      lastReport = pulled.report;
      lastSync = clock().toISOString();
      if (pulled.report.applied.length > 0) {
        options.announce({ aggregates: ['reflections', 'tags', 'sync'], ids: { reflections: [...pulled.report.applied] } });
      }
      return pulled.report;
    },

    lastReport: () => lastReport,
    settings: () => store().settings(),
    store,
  };
}
export type SyncEngine = ReturnType<typeof createSyncEngine>;
