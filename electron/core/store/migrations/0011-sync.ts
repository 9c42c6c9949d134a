// Schema 11: sync: every change record made here or received, this device's sync settings, and the devices seen.
import type { Migration } from '../migration';

export const m0011Sync: Migration = {
  version: 11,
  name: 'sync',
  up(db) {
    db.exec(`
      -- The merge state is rebuilt from these at unlock; a change's clock reading is unique to it.
      CREATE TABLE sync_changes (
        hlc TEXT PRIMARY KEY NOT NULL,
        change TEXT NOT NULL CHECK (json_valid(change))
      ) STRICT, WITHOUT ROWID;

      -- The folder, this device's id and name, the folder key, how far each device's log was read, what was published.
      CREATE TABLE sync_meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE sync_devices (
        device TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        seen TEXT NOT NULL CHECK (json_valid(seen))
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
