// Reading the files a person picked for import: sizes checked against what can travel, bytes turned into base64.
import type { ImportFile, ImportRequest } from '../../../shared/domain/interchange/importRequest';
import { MAX_IMPORT_UPLOAD_BYTES } from '../../../shared/domain/interchange/importRequest';
import { describeBytes } from '../../../shared/domain/interchange/importLimits';

export type ImportSourceChoice = ImportRequest['source'];

export interface PickedFile {
  /** The path inside a picked folder, else the file's name. */
  name: string;
  size: number;
  bytes(): Promise<Uint8Array>;
}

export const sourceLabels: Record<ImportSourceChoice, string> = {
  'cairn-json': 'Cairn export (.json, or .zip with photos and files)',
  'day-one': 'Day One export (.zip or .json)',
  jrnl: 'jrnl export (.json) or journal file (.txt)',
  markdown: 'Folder of Markdown notes (or a .zip of it)',
};

const markdownName = /\.(md|markdown)$/i;

/** From a picked folder only the notes travel; a lone file (a .zip of the folder) travels as it is. */
export function filesToSend(source: ImportSourceChoice, picked: readonly PickedFile[]): PickedFile[] {
  if (source !== 'markdown') return picked.slice(0, 1);
  if (picked.length === 1) return [...picked];
  return picked.filter((file) => markdownName.test(file.name));
}

/** Null when the files can be sent, else the sentence to show. */
export function sizeProblem(files: readonly PickedFile[]): string | null {
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total <= MAX_IMPORT_UPLOAD_BYTES) return null;
  return (
    `The chosen ${files.length === 1 ? 'file is' : 'files are'} ${describeBytes(total)}; Cairn can import up to ` +
    `${describeBytes(MAX_IMPORT_UPLOAD_BYTES)} at a time. Split the export into smaller parts (for Day One, one journal at a time) and import each. Nothing was imported.`
  );
}

export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function buildImportRequest(source: ImportSourceChoice, files: readonly PickedFile[]): Promise<ImportRequest> {
  const encoded: ImportFile[] = await Promise.all(files.map(async (file) => ({ name: file.name, base64: bytesToBase64(await file.bytes()) })));
  if (source === 'markdown') return { source, files: encoded };
  const [file] = encoded;
  if (!file) throw new Error('Choose a file to import first.');
  return { source, file };
}

/** A browser File as a PickedFile, named by its path inside a picked folder when there is one. */
export function pickedFromBrowser(file: File): PickedFile {
  return {
    name: file.webkitRelativePath || file.name,
    size: file.size,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  };
}
