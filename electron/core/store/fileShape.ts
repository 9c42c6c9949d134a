// What the journal file is before anything opens it: missing, empty, plain SQLite, encrypted, or damaged beyond either.
import fs from 'node:fs';

export type FileShape = 'missing' | 'empty' | 'plain' | 'encrypted' | 'damaged';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

function readHeader(file: string): Buffer | null {
  let handle: number;
  try {
    handle = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    return header.subarray(0, fs.readSync(handle, header, 0, HEADER_BYTES, 0));
  } finally {
    fs.closeSync(handle);
  }
}

/**
 * The cipher replaces the 16-byte magic with its key salt but keeps bytes 16-23 (page size, format versions,
 * payload fractions 64/32/32) readable, so those tell an encrypted journal from bytes that are no database at all;
 * a magic that is still mostly there is a plain journal with a damaged header, not a salt.
 */
export function inspectFile(file: string): FileShape {
  const header = readHeader(file);
  if (header === null) return 'missing';
  if (header.length === 0) return 'empty';
  if (header.length >= SQLITE_MAGIC.length && header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) return 'plain';
  if (header.length < 24 || header[21] !== 64 || header[22] !== 32 || header[23] !== 32) return 'damaged';
  let sameAsMagic = 0;
  for (let i = 0; i < SQLITE_MAGIC.length; i += 1) if (header[i] === SQLITE_MAGIC[i]) sameAsMagic += 1;
  return sameAsMagic >= SQLITE_MAGIC.length / 2 ? 'damaged' : 'encrypted';
}

/** The first 16 bytes: the magic of a plain journal or the key salt of an encrypted one, which a rekey always changes. */
export function headerFingerprint(file: string): string {
  return (readHeader(file) ?? Buffer.alloc(0)).subarray(0, SQLITE_MAGIC.length).toString('hex');
}

const JOURNAL_MAGIC = Buffer.from('d9d505f920a163d7', 'hex');

function readJournalStart(file: string, bytes: number): Buffer {
  try {
    const handle = fs.openSync(`${file}-journal`, 'r');
    try {
      const start = Buffer.alloc(bytes);
      return start.subarray(0, fs.readSync(handle, start, 0, bytes, 0));
    } finally {
      fs.closeSync(handle);
    }
  } catch {
    return Buffer.alloc(0);
  }
}

/** A rollback journal SQLite would play back: one whose header is complete (an unfinished one has zeros there). */
export function hasHotJournal(file: string): boolean {
  return readJournalStart(file, JOURNAL_MAGIC.length).equals(JOURNAL_MAGIC);
}

/**
 * Whether the rollback journal's first saved page is page 1 in plain SQLite format. Only such a journal may be
 * played back without a key: one holding encrypted pages fails SQLite's checksums and would be discarded half-done.
 */
export function journalPagesArePlain(file: string): boolean {
  const header = readJournalStart(file, 28);
  if (header.length < 28) return false;
  const sectorSize = header.readUInt32BE(20);
  const start = readJournalStart(file, sectorSize + 4 + SQLITE_MAGIC.length);
  if (start.length < sectorSize + 4 + SQLITE_MAGIC.length) return false;
  return start.readUInt32BE(sectorSize) === 1 && start.subarray(sectorSize + 4).equals(SQLITE_MAGIC);
}
