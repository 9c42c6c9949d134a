// What the exports are made of: file names, the JSON text, and the zips (fflate) for download: the Cairn export with
// its attachments, and the Markdown folder with the files its notes link to.
import { strToU8, zipSync } from 'fflate';
import { attachmentExportPath } from '../../../shared/domain/attachments';
import type { CairnExport } from '../../../shared/domain/interchange/cairnJson';
import { markdownExport } from '../../../shared/domain/interchange/markdownExport';

/** Each attachment's bytes by SHA-256, read through the contract for an export. */
export type AttachmentBytes = ReadonlyMap<string, Uint8Array<ArrayBuffer>>;

/** "cairn-2026-01-05": the export's own date, so several exports sort by when they were made. */
export function exportBaseName(exportedAt: string): string {
  return `cairn-${exportedAt.slice(0, 10)}`;
}

export function cairnJsonText(document: CairnExport): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The attachments as export files, at attachments/<sha256>.<ext>. */
export function attachmentFiles(document: CairnExport, bytes: AttachmentBytes): { path: string; bytes: Uint8Array<ArrayBuffer> }[] {
  return document.attachments.flatMap((attachment) => {
    const content = bytes.get(attachment.sha256);
    return content ? [{ path: attachmentExportPath(attachment), bytes: content }] : [];
  });
}

/** A journal with attachments exports as a zip: the JSON at its root and the files beside it (stored, not re-compressed). */
export function cairnExportZip(document: CairnExport, bytes: AttachmentBytes): Uint8Array<ArrayBuffer> {
  const entries: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = { [`${exportBaseName(document.exportedAt)}.json`]: strToU8(cairnJsonText(document)) };
  for (const file of attachmentFiles(document, bytes)) entries[file.path] = [file.bytes, { level: 0 }];
  // fflate writes into an ordinary ArrayBuffer, never a shared one.
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}

/** The Markdown notes inside one folder named like the export, so unzipping never scatters files. */
export function markdownZip(document: CairnExport, bytes: AttachmentBytes = new Map()): Uint8Array {
  const folder = exportBaseName(document.exportedAt);
  const entries: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  for (const file of markdownExport(document)) entries[`${folder}/${file.path}`] = strToU8(file.text);
  for (const file of attachmentFiles(document, bytes)) entries[`${folder}/${file.path}`] = [file.bytes, { level: 0 }];
  return zipSync(entries, { level: 6 });
}
