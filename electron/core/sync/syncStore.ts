// Sync's rows in the journal database: the change records kept, this device's settings, and the other devices seen.
import { z } from 'zod';
import { deviceIdSchema, type HlcText } from '../../../shared/domain/sync/hlc';
import { syncChangeSchema, type SyncChange } from '../../../shared/domain/sync/records';
import type { Db } from '../store/open';
import type { Cursors } from './syncReader';

/** This device's sync settings. The folder key sits in the journal database, so it is as protected as the journal is. */
export const syncSettingsSchema = z.strictObject({
  folder: z.string().min(1),
  device: deviceIdSchema,
  deviceName: z.string().min(1).max(100),
  key: z.base64(),
  paused: z.boolean(),
  /** This device's last file number, and the clock of the last of its changes written to the folder. */
  seq: z.number().int().min(0),
  publishedUpTo: z.string().nullable(),
  cursors: z.record(deviceIdSchema, z.number().int().min(0)),
});
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

export interface SyncDeviceRow {
  device: string;
  name: string;
  lastSeen: string;
  seen: Cursors;
}

const SETTINGS_KEY = 'settings';
const CONFLICTS_KEY = 'conflicts';

/** A version edited on two computers that could not be merged, kept in the entry's history for review. */
export const keptConflictSchema = z.strictObject({ reflectionId: z.string(), versionId: z.string(), keptAt: z.iso.datetime() });
export type KeptConflict = z.infer<typeof keptConflictSchema>;

export function createSyncStore(db: Db) {
  const selectMeta = db.prepare<[string], { value: string }>('SELECT value FROM sync_meta WHERE key = ?');
  const upsertMeta = db.prepare<[string, string]>('INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const deleteMeta = db.prepare<[string]>('DELETE FROM sync_meta WHERE key = ?');
  const insertChange = db.prepare<[string, string]>('INSERT OR IGNORE INTO sync_changes (hlc, change) VALUES (?, ?)');
  const allChanges = db.prepare<[], { change: string }>('SELECT change FROM sync_changes');
  const unpublished = db.prepare<[string, string], { change: string }>(
    "SELECT change FROM sync_changes WHERE hlc > ? AND hlc LIKE '%-' || ? ORDER BY hlc",
  );
  const upsertDevice = db.prepare<[string, string, string, string]>(
    `INSERT INTO sync_devices (device, name, last_seen, seen) VALUES (?, ?, ?, ?)
     ON CONFLICT (device) DO UPDATE SET name = excluded.name, last_seen = max(last_seen, excluded.last_seen), seen = excluded.seen`,
  );
  const devices = db.prepare<[], { device: string; name: string; last_seen: string; seen: string }>('SELECT * FROM sync_devices ORDER BY name, device');

  return {
    settings(): SyncSettings | null {
      const row = selectMeta.get(SETTINGS_KEY);
      return row ? syncSettingsSchema.parse(JSON.parse(row.value)) : null;
    },
    saveSettings(settings: SyncSettings): void {
      upsertMeta.run(SETTINGS_KEY, JSON.stringify(syncSettingsSchema.parse(settings)));
    },
    /** "Stop syncing on this computer": the settings and the devices go; the change records stay for a later restart. */
    forget(): void {
      db.transaction(() => {
        deleteMeta.run(SETTINGS_KEY);
        db.prepare('DELETE FROM sync_devices').run();
      })();
    },
    conflicts(): KeptConflict[] {
      const row = selectMeta.get(CONFLICTS_KEY);
      return row ? z.array(keptConflictSchema).parse(JSON.parse(row.value)) : [];
    },
    saveConflicts(conflicts: readonly KeptConflict[]): void {
      upsertMeta.run(CONFLICTS_KEY, JSON.stringify(conflicts));
    },
    keep(changes: readonly SyncChange[]): void {
      db.transaction(() => {
        for (const change of changes) insertChange.run(change.hlc, JSON.stringify(change));
      })();
    },
    changes(): SyncChange[] {
      return allChanges.all().map((row) => syncChangeSchema.parse(JSON.parse(row.change)));
    },
    unpublished(device: string, after: HlcText | null): SyncChange[] {
      return unpublished.all(after ?? '', device).map((row) => syncChangeSchema.parse(JSON.parse(row.change)));
    },
    sawDevice(row: SyncDeviceRow): void {
      upsertDevice.run(row.device, row.name, row.lastSeen, JSON.stringify(row.seen));
    },
    devices(): SyncDeviceRow[] {
      return devices.all().map((row) => ({ device: row.device, name: row.name, lastSeen: row.last_seen, seen: JSON.parse(row.seen) as Cursors }));
    },
  };
}
export type SyncStore = ReturnType<typeof createSyncStore>;
