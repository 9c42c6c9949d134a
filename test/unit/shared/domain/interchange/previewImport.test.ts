import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryFingerprint } from '../../../../../shared/domain/interchange/fingerprint';
import { type ImportBatch, type ImportEntry } from '../../../../../shared/domain/interchange/importBatch';
import { knownFingerprints, previewImport, selectNewEntries } from '../../../../../shared/domain/interchange/previewImport';
import { nativeSha256Hex } from '../../../../../electron/core/interchange/nativeSha256';

function entry(entryDate: string, title: string, body = 'Some words.'): ImportEntry {
  return { entryDate, createdAt: `${entryDate}T09:00:00.000Z`, title, body, tags: [] };
}

const batch: ImportBatch = {
  source: 'jrnl',
  entries: [entry('2024-02-11', 'Second'), entry('2024-01-05', 'First'), entry('2024-03-20', 'Third'), entry('2024-02-11', 'Second')],
  problems: [{ where: 'export.json, entry 5', message: 'Skipped: it has no text.' }],
};

describe('previewImport', () => {
  it('reports counts, the date span and the problems of a fresh import', () => {
    const preview = previewImport(batch, knownFingerprints(new Set()), nativeSha256Hex);
    expect(preview).toMatchObject({
      source: 'jrnl',
      totalEntries: 4,
      newEntries: 3,
      duplicateEntries: 1,
      dateRange: { from: '2024-01-05', to: '2024-03-20' },
      problems: batch.problems,
    });
    expect(preview.duplicates).toEqual([{ entryDate: '2024-02-11', title: 'Second', inFile: true }]);
    expect(preview.repeatedInFile).toBe(1);
  });

  it('finds entries already in the journal by their fingerprint', () => {
    const existing = new Set([entryFingerprint(entry('2024-01-05', 'First'), nativeSha256Hex)]);
    const preview = previewImport(batch, knownFingerprints(existing), nativeSha256Hex);
    expect(preview.newEntries).toBe(2);
    expect(preview.duplicates.map((d) => d.title)).toEqual(['First', 'Second']);
  });

  it('adds nothing when the same batch is imported a second time', () => {
    const stored = new Set<string>();
    for (const { fingerprint } of selectNewEntries(batch, knownFingerprints(stored), nativeSha256Hex).fresh) stored.add(fingerprint);
    const again = previewImport(batch, knownFingerprints(stored), nativeSha256Hex);
    expect(again.newEntries).toBe(0);
    expect(again.duplicateEntries).toBe(4);
    expect(selectNewEntries(batch, knownFingerprints(stored), nativeSha256Hex).fresh).toEqual([]);
  });

  it('has no date range for an empty batch', () => {
    expect(previewImport({ source: 'markdown', entries: [], problems: [] }, knownFingerprints(new Set()), nativeSha256Hex).dateRange).toBeNull();
  });

  it('never imports anything twice, whatever the batch holds', () => {
    const anyEntry = fc.record({
      entryDate: fc.constantFrom('2024-01-01', '2024-01-02'),
      title: fc.constantFrom('', 'A', 'B'),
      body: fc.constantFrom('', 'x', 'x\r\n', 'y'),
    });
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 12 }), (drafts) => {
        const anyBatch: ImportBatch = { source: 'markdown', entries: drafts.map((d) => ({ ...d, createdAt: '2024-01-01T00:00:00.000Z', tags: [] })), problems: [] };
        const first = selectNewEntries(anyBatch, knownFingerprints(new Set()), nativeSha256Hex);
        const stored = new Set(first.fresh.map(({ fingerprint }) => fingerprint));
        expect(stored.size).toBe(first.fresh.length);
        expect(first.fresh.length + first.inJournal.length + first.repeated.length).toBe(drafts.length);
        expect(previewImport(anyBatch, knownFingerprints(stored), nativeSha256Hex).newEntries).toBe(0);
      }),
    );
  });
});
