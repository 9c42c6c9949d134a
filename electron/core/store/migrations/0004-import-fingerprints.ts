// Schema 4: the fingerprint of every imported entry, so importing the same file twice adds nothing the second time.
import type { Migration } from '../migration';

export const m0004ImportFingerprints: Migration = {
  version: 4,
  name: 'import-fingerprints',
  up(db) {
    db.exec(`
      -- Deleting an imported reflection forgets its fingerprint: importing the file again brings it back.
      CREATE TABLE import_fingerprints (
        fingerprint TEXT PRIMARY KEY NOT NULL CHECK (length(fingerprint) = 64),
        reflection_id TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX import_fingerprints_by_reflection ON import_fingerprints (reflection_id);
    `);
  },
};
