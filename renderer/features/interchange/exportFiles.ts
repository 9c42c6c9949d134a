// What the exports are made of: file names, the JSON text, and the Markdown folder zipped (fflate) for download.
import { strToU8, zipSync } from 'fflate';
import type { CairnExport } from '../../../shared/domain/interchange/cairnJson';
import { markdownExport } from '../../../shared/domain/interchange/markdownExport';

/** "cairn-2026-01-05": the export's own date, so several exports sort by when they were made. */
export function exportBaseName(exportedAt: string): string {
  return `cairn-${exportedAt.slice(0, 10)}`;
}

export function cairnJsonText(document: CairnExport): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The Markdown notes inside one folder named like the export, so unzipping never scatters files. */
export function markdownZip(document: CairnExport): Uint8Array {
  const folder = exportBaseName(document.exportedAt);
  const entries: Record<string, Uint8Array> = {};
  for (const file of markdownExport(document)) entries[`${folder}/${file.path}`] = strToU8(file.text);
  return zipSync(entries, { level: 6 });
}
