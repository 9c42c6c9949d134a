// Unzips only the wanted entries while counting the bytes actually inflated, so zip bombs and path tricks fail early.
import { Unzip, UnzipInflate } from 'fflate';
import { normaliseArchivePath, unsafeArchivePathReason } from '../../../shared/domain/interchange/archivePath';
import { describeBytes, type ImportLimits } from '../../../shared/domain/interchange/importLimits';
import { AppError } from '../../../shared/errors';
import { assertWithinTotalBytes } from './inputSize';

export interface ArchiveFile {
  path: string;
  bytes: Uint8Array;
}

/** Small pushes bound how much one inflate step can produce (deflate expands at most about 1032:1). */
const PUSH_CHUNK_BYTES = 16 * 1024;

export function isZipArchive(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Inflates the entries `wanted` selects. Every entry name is checked (wanted or not), and the running total of
 * inflated bytes is held to `maxTotalBytes` and to `maxCompressionRatio` times the archive's own size; the sizes
 * the archive declares are never trusted.
 */
export function unzipWanted(zip: Uint8Array, wanted: (path: string) => boolean, what: string, limits: ImportLimits): ArchiveFile[] {
  assertWithinTotalBytes(zip.length, limits.maxTotalBytes, what);
  const refuse = (reason: string): never => {
    throw new AppError('VALIDATION', `${what} ${reason}, so nothing was imported.`);
  };
  const files: ArchiveFile[] = [];
  const unfinished = new Set<string>();
  let fileCount = 0;
  let inflatedBytes = 0;

  const unzip = new Unzip((file) => {
    fileCount += 1;
    if (fileCount > limits.maxFiles) refuse(`holds more than ${limits.maxFiles} files`);
    const unsafe = unsafeArchivePathReason(file.name);
    if (unsafe !== null) refuse(`contains an entry whose name ${unsafe} (${JSON.stringify(file.name)})`);
    const path = normaliseArchivePath(file.name);
    if (path.endsWith('/') || !wanted(path)) return;
    const chunks: Uint8Array[] = [];
    unfinished.add(path);
    file.ondata = (error, chunk, final) => {
      // fflate catches what this handler throws and hands it back here as `error`, so a refusal arrives twice.
      if ((error as unknown) instanceof AppError) throw error;
      if (error) refuse(`has a damaged entry ${JSON.stringify(path)}`);
      inflatedBytes += chunk.length;
      if (inflatedBytes > limits.maxTotalBytes) {
        refuse(`unpacks to more than ${describeBytes(limits.maxTotalBytes)}`);
      }
      if (inflatedBytes > limits.ratioCheckFloorBytes && inflatedBytes > limits.maxCompressionRatio * zip.length) {
        refuse(`expands more than ${limits.maxCompressionRatio} times its own size, as a zip bomb does`);
      }
      chunks.push(chunk);
      if (final) {
        unfinished.delete(path);
        files.push({ path, bytes: Buffer.concat(chunks) });
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  try {
    for (let offset = 0; offset < zip.length; offset += PUSH_CHUNK_BYTES) {
      const end = Math.min(offset + PUSH_CHUNK_BYTES, zip.length);
      unzip.push(zip.subarray(offset, end), end === zip.length);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse('is not a readable zip archive (it may be damaged)');
  }
  if (unfinished.size > 0) refuse(`is cut short: ${JSON.stringify([...unfinished][0])} is incomplete`);
  return files;
}
