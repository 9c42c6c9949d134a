// Schema 9: drafts of rows not created yet, as JSON fields by key, in the journal database (so encrypted with it).
import type { Migration } from '../migration';

export const m0009Drafts: Migration = {
  version: 9,
  name: 'drafts',
  up(db) {
    db.exec(`
      CREATE TABLE drafts (
        key TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 120),
        fields TEXT NOT NULL CHECK (json_valid(fields) AND json_type(fields) = 'object'),
        updated_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
