// Cairn's own JSON export, validated in full; its reflections also become an ImportBatch for the shared preview.
import { type CairnExport, parseCairnExport } from '../../../shared/domain/interchange/cairnJson';
import { type ImportBatch } from '../../../shared/domain/interchange/importBatch';
import { decodeUtf8 } from './decodeText';
import { finishBatch } from './finishBatch';
import { type ImportOptions, resolveImportOptions } from './importOptions';
import { assertWithinTotalBytes } from './inputSize';
import { parseJsonText } from './parseJsonText';
import { attachmentsOf, readCairnArchive, type RestoredAttachment } from './cairnArchive';
import { isZipArchive } from './safeUnzip';

export interface CairnJsonImport {
  /** The whole export, for restoring values, strategy, experiments, prompts and settings. */
  document: CairnExport;
  /** The reflections as neutral entries, previewed and de-duplicated like any other source. */
  batch: ImportBatch;
  /** The photos and files the export lists, with their bytes checked (a zip export; none from a plain .json). */
  attachments: RestoredAttachment[];
}

export function importCairnJson(bytes: Uint8Array, fileName: string, options?: ImportOptions): CairnJsonImport {
  const resolved = resolveImportOptions(options);
  const what = `"${fileName}"`;
  assertWithinTotalBytes(bytes.length, resolved.limits.maxTotalBytes, what);
  const archive = isZipArchive(bytes) ? readCairnArchive(bytes, what, resolved.limits) : null;
  const document = parseCairnExport(parseJsonText(decodeUtf8(archive?.json ?? bytes, what), what), what);
  // A plain .json cannot carry the files it lists: it restores without them (their links show as not in the journal).
  const attachments = archive ? attachmentsOf(document.attachments, archive.files, what) : [];
  const located = document.reflections.map((reflection, index) => ({
    where: `${fileName}, reflection ${index + 1} (${reflection.entryDate})`,
    entry: {
      externalId: reflection.id,
      entryDate: reflection.entryDate,
      createdAt: reflection.createdAt,
      title: reflection.title,
      body: reflection.body,
      tags: reflection.tags,
    },
  }));
  return { document, batch: finishBatch('cairn-json', located, [], what, resolved), attachments };
}
