import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importCairnJson } from '../../../../../electron/core/interchange/cairnJsonImport';
import { knownFingerprints, previewImport } from '../../../../../shared/domain/interchange/previewImport';
import { expectRefused } from './expectRefused';
import { nativeSha256Hex } from '../../../../../electron/core/interchange/nativeSha256';

const sampleBytes = readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/import/cairn-export.json'));
const sample = JSON.parse(sampleBytes.toString('utf8')) as Record<string, unknown>;
const now = new Date('2024-06-01T12:00:00Z');

describe('importCairnJson', () => {
  it('returns the whole validated export and its reflections as a batch', () => {
    const { document, batch } = importCairnJson(sampleBytes, 'cairn-backup.json', { now });
    expect(document.strategyVersions[0]?.changeNote).toBe('First draft after three conversations');
    expect(document.settings).toEqual({ 'backups.keep': 10, 'security.autoLockMinutes': 15 });
    expect(batch).toEqual({
      source: 'cairn-json',
      problems: [],
      entries: [
        {
          externalId: '6f1c2b9e-4a3d-4c1e-9b7a-2d5e8f0a1b2c',
          entryDate: '2024-03-30',
          createdAt: '2024-03-30T18:00:00.000Z',
          title: 'What the week taught me',
          body: 'Teaching the new hire felt **energising**.',
          tags: ['weekly'],
        },
      ],
    });
    expect(previewImport(batch, knownFingerprints(new Set()), nativeSha256Hex).dateRange).toEqual({ from: '2024-03-30', to: '2024-03-30' });
  });

  it('refuses an export from a newer Cairn and a truncated file', () => {
    const newer = strToU8(JSON.stringify({ ...sample, formatVersion: 3 }));
    expectRefused(() => importCairnJson(newer, 'cairn-backup.json', { now }), '"cairn-backup.json" was exported by a newer Cairn (format 3)');
    expectRefused(() => importCairnJson(sampleBytes.subarray(0, 500), 'cairn-backup.json', { now }), /not complete JSON/);
  });

  it('refuses a reflection dated in the future', () => {
    const reflections = [{ ...(sample.reflections as object[])[0], entryDate: '2030-01-01' }];
    const future = strToU8(JSON.stringify({ ...sample, reflections }));
    expectRefused(() => importCairnJson(future, 'cairn-backup.json', { now }), 'cairn-backup.json, reflection 1 (2030-01-01)', /in the future/);
  });
});
