// Attachments by SHA-256: add (a file already kept is kept once), read, list for export, and remove those nothing uses.
import { createHash } from 'node:crypto';
import {
  attachmentSizeProblem,
  referencedAttachments,
  sniffMime,
  type Attachment,
  type AttachmentMime,
} from '../../../shared/domain/attachments';
import { AppError } from '../../../shared/errors';
import type { Clock } from '../clock';
import type { Db } from '../store/open';

interface AttachmentRow {
  sha256: string;
  mime: AttachmentMime;
  size: number;
  name: string;
  created_at: string;
}

export interface StoredAttachment extends Attachment {
  createdAt: string;
  bytes: Buffer;
}

/**
 * A file added but not yet linked from a saved entry (the autosave is a moment behind) must not be swept away: only
 * files added longer ago than this are removed when nothing refers to them.
 */
export const UNREFERENCED_GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * Every text that may hold an attachment link: entries, every version in their history, Recently deleted (the JSON an
 * item is restored from) and drafts of forms not saved yet. Only rows that mention the scheme are read.
 */
const referencingTexts = [
  "SELECT body AS text FROM reflections WHERE instr(body, 'attachment:') > 0",
  "SELECT body AS text FROM reflection_versions WHERE instr(body, 'attachment:') > 0",
  "SELECT payload AS text FROM trash WHERE instr(payload, 'attachment:') > 0",
  "SELECT fields AS text FROM drafts WHERE instr(fields, 'attachment:') > 0",
];

export function createAttachmentsRepo(db: Db, clock: Clock) {
  const upsert = db.prepare<[string, string, number, string, string, Buffer]>(
    `INSERT INTO attachments (sha256, mime, size, name, created_at, bytes) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (sha256) DO UPDATE SET created_at = excluded.created_at`,
  );
  const selectOne = db.prepare<[string], AttachmentRow & { bytes: Buffer }>('SELECT * FROM attachments WHERE sha256 = ?');
  const selectAll = db.prepare<[], AttachmentRow>('SELECT sha256, mime, size, name, created_at FROM attachments ORDER BY sha256');
  const selectOlder = db.prepare<[string], { sha256: string }>('SELECT sha256 FROM attachments WHERE created_at < ?');
  const removeOne = db.prepare<[string]>('DELETE FROM attachments WHERE sha256 = ?');
  const readers = referencingTexts.map((sql) => db.prepare<[], { text: string }>(sql));

  function toStored(row: AttachmentRow & { bytes: Buffer }): StoredAttachment {
    return { sha256: row.sha256, mime: row.mime, size: row.size, name: row.name, createdAt: row.created_at, bytes: row.bytes };
  }

  /** The hashes any entry, history version, deleted item or draft links to. */
  function referenced(): Set<string> {
    const found = new Set<string>();
    for (const reader of readers) for (const row of reader.iterate()) for (const hash of referencedAttachments(row.text)) found.add(hash);
    return found;
  }

  return {
    /** Keeps the file (its kind read from its bytes) and answers how to link it; the name is the one given now. */
    add(name: string, bytes: Buffer): Attachment {
      const problem = attachmentSizeProblem(name, bytes.length);
      if (problem) throw new AppError('VALIDATION', problem);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const mime = sniffMime(bytes);
      upsert.run(sha256, mime, bytes.length, name, clock().toISOString(), bytes);
      return { sha256, mime, size: bytes.length, name };
    },

    get(sha256: string): StoredAttachment {
      const row = selectOne.get(sha256);
      if (!row) throw new AppError('NOT_FOUND', 'That photo or file is no longer in the journal.');
      return toStored(row);
    },

    /** Every file's description, without its bytes (an export lists them, then reads each on its own). */
    list(): (Attachment & { createdAt: string })[] {
      return selectAll.all().map(({ sha256, mime, size, name, created_at }) => ({ sha256, mime, size, name, createdAt: created_at }));
    },

    /**
     * Deletes for good the files nothing refers to any more (no entry, no version in any entry's history, nothing in
     * Recently deleted, no draft), sparing those added within the grace period. Returns how many went.
     */
    removeUnreferenced(): number {
      const cutoff = new Date(clock().getTime() - UNREFERENCED_GRACE_MS).toISOString();
      return db.transaction(() => {
        const candidates = selectOlder.all(cutoff);
        if (candidates.length === 0) return 0;
        const kept = referenced();
        let removed = 0;
        for (const { sha256 } of candidates) {
          if (kept.has(sha256)) continue;
          removeOne.run(sha256);
          removed += 1;
        }
        return removed;
      })();
    },
  };
}

export type AttachmentsRepo = ReturnType<typeof createAttachmentsRepo>;
