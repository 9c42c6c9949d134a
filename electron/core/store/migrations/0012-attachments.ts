// Schema 12: attachments (photos and files in entries), stored once by their SHA-256 in the journal database, so they
// are encrypted with it and copied into every backup with it.
import type { Migration } from '../migration';

export const m0012Attachments: Migration = {
  version: 12,
  name: 'attachments',
  up(db) {
    // A rowid table rather than WITHOUT ROWID: rows of up to 25 MB belong in overflow pages, not in a clustered key.
    // created_at is when the file was last added: housekeeping spares a file added moments ago, before its entry is saved.
    db.exec(`
      CREATE TABLE attachments (
        sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'application/octet-stream')),
        size INTEGER NOT NULL CHECK (size > 0),
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
        created_at TEXT NOT NULL,
        bytes BLOB NOT NULL CHECK (length(bytes) = size)
      ) STRICT;
    `);
  },
};
