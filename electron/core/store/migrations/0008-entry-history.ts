// Schema 8: entry history: a reflection's earlier texts, one version per editing session, each pointing at its parent.
import type { Migration } from '../migration';

export const m0008EntryHistory: Migration = {
  version: 8,
  name: 'entry-history',
  up(db) {
    db.exec(`
      -- No foreign key to reflections on purpose: a reflection in Recently deleted keeps its history, and deleting it
      -- for good deletes the history with it (trashRepo). Not in the search index: search sees the current text only.
      CREATE TABLE reflection_versions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        reflection_id TEXT NOT NULL,
        parent_id TEXT REFERENCES reflection_versions (id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('original', 'edit', 'restore')),
        restored_from TEXT,
        session TEXT,
        started_at TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reflection_versions_by_reflection ON reflection_versions (reflection_id, seq);
    `);
  },
};
