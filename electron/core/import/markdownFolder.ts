// Reads a chosen folder's Markdown notes into memory for importMarkdownFiles: no symlinks, no hidden files, bounded.
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeBytes, type ImportLimits, resolveImportLimits } from '../../../shared/domain/interchange/importLimits';
import { AppError } from '../../../shared/errors';
import { isMarkdownPath, type MarkdownFile } from './markdownImport';

/** File-system failures become errors a person can act on; our own refusals pass through unchanged. */
function folderReadError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('NOT_FOUND', 'The chosen folder no longer exists, so nothing was imported.');
  if (code === 'EACCES' || code === 'EPERM') {
    return new AppError('FORBIDDEN', 'Cairn is not allowed to read the chosen folder (or a folder inside it), so nothing was imported.');
  }
  return error;
}

/**
 * Collects every .md/.markdown file under `root`, sorted by path. Hidden entries (".obsidian", ".trash") and
 * symlinks are skipped so the import cannot wander outside the folder; the total read is bounded.
 */
export async function readMarkdownFolder(root: string, overrides: Partial<ImportLimits> = {}): Promise<MarkdownFile[]> {
  const limits = resolveImportLimits(overrides);
  const files: MarkdownFile[] = [];
  let totalBytes = 0;
  const tooLarge = (): never => {
    throw new AppError('VALIDATION', `The chosen folder holds more than ${describeBytes(limits.maxTotalBytes)} of notes, so nothing was imported.`);
  };

  async function walk(relativeDir: string): Promise<void> {
    const entries = await readdir(path.join(root, relativeDir), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
      const relativePath = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        await walk(relativePath);
      } else if (entry.isFile() && isMarkdownPath(relativePath)) {
        if (files.length >= limits.maxFiles) {
          throw new AppError('VALIDATION', `The chosen folder holds more than ${limits.maxFiles} notes, so nothing was imported.`);
        }
        const absolute = path.join(root, relativePath);
        const { size } = await lstat(absolute);
        if (totalBytes + size > limits.maxTotalBytes) tooLarge();
        const bytes = await readFile(absolute);
        totalBytes += bytes.length;
        if (totalBytes > limits.maxTotalBytes) tooLarge();
        files.push({ relativePath, bytes });
      }
    }
  }

  try {
    await walk('');
  } catch (error) {
    throw folderReadError(error);
  }
  return files.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0));
}
