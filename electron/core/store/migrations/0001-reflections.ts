// Schema 1: reflections, the dated journal entries, listed newest first.
import type { Migration } from '../migration';

export const m0001Reflections: Migration = {
  version: 1,
  name: 'reflections',
  up(db) {
    db.exec(`
      CREATE TABLE reflections (
        id TEXT PRIMARY KEY NOT NULL,
        entry_date TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reflections_newest_first ON reflections (entry_date DESC, created_at DESC, id DESC);
    `);
  },
};
