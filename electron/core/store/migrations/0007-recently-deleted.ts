// Schema 7: Recently deleted: a tombstone for every deletion (kept for sync), and the trash holding deleted items for 30 days.
import type { Migration } from '../migration';

const kinds = `('reflection', 'experiment', 'value', 'person', 'place', 'prompt')`;

export const m0007RecentlyDeleted: Migration = {
  version: 7,
  name: 'recently-deleted',
  up(db) {
    db.exec(`
      -- Outlives the item: deleting for good, or the 30 days running out, removes the trash row but keeps this one.
      CREATE TABLE tombstones (
        kind TEXT NOT NULL CHECK (kind IN ${kinds}),
        id TEXT NOT NULL,
        deleted_at TEXT NOT NULL,
        PRIMARY KEY (kind, id)
      ) STRICT, WITHOUT ROWID;

      -- A deleted item leaves the live tables (so no list, search, count or export of live data can see it) and waits
      -- here as the JSON it is restored from, links included.
      CREATE TABLE trash (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        deleted_at TEXT NOT NULL,
        title TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        PRIMARY KEY (kind, id),
        FOREIGN KEY (kind, id) REFERENCES tombstones (kind, id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX trash_by_age ON trash (deleted_at);
    `);
  },
};
