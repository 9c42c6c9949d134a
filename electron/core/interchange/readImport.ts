// Turns an import request (base64 bytes from the renderer) into a validated batch, refusing broken files whole.
import type { CairnExport } from '../../../shared/domain/interchange/cairnJson';
import type { ImportBatch } from '../../../shared/domain/interchange/importBatch';
import type { ImportFile, ImportRequest } from '../../../shared/domain/interchange/importRequest';
import { resolveImportLimits } from '../../../shared/domain/interchange/importLimits';
import type { RestoredAttachment } from './cairnArchive';
import { importCairnJson } from './cairnJsonImport';
import { importDayOne } from './dayOneImport';
import type { ImportOptions } from './importOptions';
import { importJrnl } from './jrnlImport';
import { importMarkdownFiles, isMarkdownPath, type MarkdownFile } from './markdownImport';
import { isZipArchive, unzipWanted } from './safeUnzip';

export interface ReadImport {
  batch: ImportBatch;
  /** The whole document when the source is a Cairn export: values, experiments and the rest are restored too. */
  document: CairnExport | null;
  /** A Cairn export zip's photos and files, checked against their SHA-256. */
  attachments: RestoredAttachment[];
}

function bytesOf(file: ImportFile): Uint8Array {
  return new Uint8Array(Buffer.from(file.base64, 'base64'));
}

/** A lone .zip stands for the folder it holds; otherwise the files are the folder. */
function markdownFiles(files: readonly ImportFile[], options: ImportOptions): MarkdownFile[] {
  const only = files.length === 1 ? files[0] : undefined;
  if (only) {
    const bytes = bytesOf(only);
    if (isZipArchive(bytes)) {
      const limits = resolveImportLimits(options.limits);
      return unzipWanted(bytes, isMarkdownPath, `"${only.name}"`, limits).map((file) => ({ relativePath: file.path, bytes: file.bytes }));
    }
    return [{ relativePath: only.name, bytes }];
  }
  return files.map((file) => ({ relativePath: file.name, bytes: bytesOf(file) }));
}

export function readImport(request: ImportRequest, options: ImportOptions = {}): ReadImport {
  switch (request.source) {
    case 'cairn-json': {
      return importCairnJson(bytesOf(request.file), request.file.name, options);
    }
    case 'day-one':
      return { batch: importDayOne(bytesOf(request.file), request.file.name, options), document: null, attachments: [] };
    case 'jrnl':
      return { batch: importJrnl(bytesOf(request.file), request.file.name, options), document: null, attachments: [] };
    case 'markdown':
      return { batch: importMarkdownFiles(markdownFiles(request.files, options), { ...options, inlineTags: request.inlineTags === true }), document: null, attachments: [] };
  }
}
