// A Cairn export with attachments is a zip: the export's JSON at its root and each file at attachments/<sha256>.<ext>.
// Reading one checks every file against the SHA-256 it is listed under; writing one back keeps a file once.
import { createHash } from 'node:crypto';
import { attachmentExportPath, sniffMime } from '../../../shared/domain/attachments';
import type { ExportedAttachment } from '../../../shared/domain/interchange/cairnJson';
import type { ImportLimits } from '../../../shared/domain/interchange/importLimits';
import { AppError } from '../../../shared/errors';
import type { Db } from '../store/open';
import { unzipWanted } from './safeUnzip';

export interface RestoredAttachment extends ExportedAttachment {
  bytes: Uint8Array;
}

const isRootJson = (path: string) => !path.includes('/') && path.toLowerCase().endsWith('.json');
const isAttachment = (path: string) => path.startsWith('attachments/') && !path.slice('attachments/'.length).includes('/');

/** The export's JSON and its files, from the zip Cairn wrote. */
export function readCairnArchive(zip: Uint8Array, what: string, limits: ImportLimits): { json: Uint8Array; files: Map<string, Uint8Array> } {
  const entries = unzipWanted(zip, (path) => isRootJson(path) || isAttachment(path), what, limits);
  const json = entries.filter((entry) => isRootJson(entry.path));
  if (json.length !== 1) {
    throw new AppError('VALIDATION', `${what} is not a Cairn export zip (it should hold one .json file beside an attachments folder), so nothing was imported.`);
  }
  return { json: json[0]!.bytes, files: new Map(entries.filter((entry) => isAttachment(entry.path)).map((entry) => [entry.path, entry.bytes])) };
}

/** Each listed attachment with its bytes; a missing file or one whose bytes do not match its SHA-256 refuses the import. */
export function attachmentsOf(listed: readonly ExportedAttachment[], files: ReadonlyMap<string, Uint8Array>, what: string): RestoredAttachment[] {
  return listed.map((attachment) => {
    const path = attachmentExportPath(attachment);
    const bytes = files.get(path);
    if (!bytes) throw new AppError('VALIDATION', `${what} lists the file “${attachment.name}” but does not hold ${path}, so nothing was imported.`);
    if (createHash('sha256').update(bytes).digest('hex') !== attachment.sha256 || bytes.length !== attachment.size) {
      throw new AppError('VALIDATION', `${what} holds a damaged copy of “${attachment.name}” (${path}), so nothing was imported.`);
    }
    return { ...attachment, bytes };
  });
}

/** Must run inside the caller's transaction. A file the journal already keeps stays as it is. */
export function restoreAttachments(db: Db, attachments: readonly RestoredAttachment[]): void {
  const insert = db.prepare<[string, string, number, string, string, Buffer]>(
    'INSERT INTO attachments (sha256, mime, size, name, created_at, bytes) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  );
  for (const attachment of attachments) {
    const bytes = Buffer.from(attachment.bytes.buffer, attachment.bytes.byteOffset, attachment.bytes.byteLength);
    // The kind is read again from the bytes, as when a file is added: the export's word for it is not trusted.
    insert.run(attachment.sha256, sniffMime(attachment.bytes), bytes.length, attachment.name, attachment.createdAt, bytes);
  }
}
