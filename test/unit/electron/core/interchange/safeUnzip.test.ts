import { strToU8, strFromU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unzipWanted } from '../../../../../electron/core/interchange/safeUnzip';
import { resolveImportLimits } from '../../../../../shared/domain/interchange/importLimits';
import { expectRefused } from './expectRefused';

const limits = resolveImportLimits();
const wantJson = (path: string): boolean => path.endsWith('.json');

/** An archive written the streaming way: sizes come after the data, so the local headers declare none. */
function streamedZip(files: Record<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  for (const [name, bytes] of Object.entries(files)) {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(bytes, true);
  }
  zip.end();
  return Buffer.concat(parts);
}

describe('unzipWanted', () => {
  it('inflates only the wanted entries, deflated or stored', () => {
    const zip = zipSync({ 'Journal.json': strToU8('{"a":1}'), 'Stored.json': [strToU8('{"b":2}'), { level: 0 }], 'photos/x.jpeg': new Uint8Array([1, 2]) });
    const files = unzipWanted(zip, wantJson, '"export.zip"', limits);
    expect(files.map((file) => [file.path, strFromU8(file.bytes)])).toEqual([
      ['Journal.json', '{"a":1}'],
      ['Stored.json', '{"b":2}'],
    ]);
  });

  it('reads streamed archives whose headers declare no sizes', () => {
    const files = unzipWanted(streamedZip({ 'Journal.json': strToU8('{"entries":[]}') }), wantJson, '"export.zip"', limits);
    expect(files.map((file) => strFromU8(file.bytes))).toEqual(['{"entries":[]}']);
  });

  it('still catches a bomb in a streamed archive, where no size is declared to check', () => {
    const bomb = streamedZip({ 'Journal.json': new Uint8Array(16 * 1024 * 1024) });
    expectRefused(() => unzipWanted(bomb, wantJson, '"export.zip"', limits), /expands more than 100 times/);
  });

  it('never inflates unwanted entries, so a bomb among the photos costs nothing', () => {
    const zip = zipSync({ 'Journal.json': strToU8('{}'), 'photos/bomb.jpeg': new Uint8Array(16 * 1024 * 1024) });
    expect(unzipWanted(zip, wantJson, '"export.zip"', limits).map((file) => file.path)).toEqual(['Journal.json']);
  });

  it('lets small, very compressible files through: the ratio only counts past the floor', () => {
    const zip = zipSync({ 'Journal.json': strToU8(' '.repeat(1024 * 1024)) });
    expect(unzipWanted(zip, wantJson, '"export.zip"', limits)[0]?.bytes.length).toBe(1024 * 1024);
  });

  it('refuses archives with too many entries, even unwanted ones', () => {
    const zip = zipSync({ 'a.jpeg': new Uint8Array(1), 'b.jpeg': new Uint8Array(1), 'c.jpeg': new Uint8Array(1) });
    expectRefused(() => unzipWanted(zip, wantJson, '"export.zip"', { ...limits, maxFiles: 2 }), /holds more than 2 files/);
  });

  it('refuses unsafe names even on entries it would not inflate', () => {
    const zip = zipSync({ 'Journal.json': strToU8('{}'), '../../photos/evil.jpeg': new Uint8Array(1) });
    expectRefused(() => unzipWanted(zip, wantJson, '"export.zip"', limits), /climbs out of the archive/);
  });

  it('refuses damaged deflate data and unknown compression methods', () => {
    const zip = zipSync({ 'Journal.json': strToU8('{"entries": "some text to compress, compress, compress"}') });
    const damaged = zip.slice();
    damaged.fill(0xff, 30 + 'Journal.json'.length, 60);
    expectRefused(() => unzipWanted(damaged, wantJson, '"export.zip"', limits), /"export\.zip"/);
    const lzma = zip.slice();
    new DataView(lzma.buffer).setUint16(8, 14, true);
    expectRefused(() => unzipWanted(lzma, wantJson, '"export.zip"', limits), /damaged entry "Journal\.json"/);
  });
});
