// What an import would do before it does anything: counts, date span, duplicates and problems.
import { entryFingerprint, type Sha256Hex } from './fingerprint';
import { type ImportBatch, type ImportEntry, type ImportProblem, type ImportSource } from './importBatch';

export interface FingerprintedEntry {
  entry: ImportEntry;
  fingerprint: string;
}

export interface ImportSelection {
  /** Entries not yet in the journal, each once, in the batch's order. */
  fresh: FingerprintedEntry[];
  /** Entries already in the journal, or repeated earlier in the same batch. */
  duplicates: FingerprintedEntry[];
}

/** Splits a batch into what is new and what is already there, using the one fingerprint the store also keeps. */
export function selectNewEntries(batch: ImportBatch, existingFingerprints: ReadonlySet<string>, hash: Sha256Hex): ImportSelection {
  const seen = new Set(existingFingerprints);
  const selection: ImportSelection = { fresh: [], duplicates: [] };
  for (const entry of batch.entries) {
    const fingerprint = entryFingerprint(entry, hash);
    if (seen.has(fingerprint)) {
      selection.duplicates.push({ entry, fingerprint });
    } else {
      seen.add(fingerprint);
      selection.fresh.push({ entry, fingerprint });
    }
  }
  return selection;
}

export interface ImportPreview {
  source: ImportSource;
  totalEntries: number;
  newEntries: number;
  duplicateEntries: number;
  /** Earliest and latest entry dates in the batch, or null when it has no entries. */
  dateRange: { from: string; to: string } | null;
  duplicates: { entryDate: string; title: string }[];
  problems: ImportProblem[];
}

export function previewImport(batch: ImportBatch, existingFingerprints: ReadonlySet<string>, hash: Sha256Hex): ImportPreview {
  const { fresh, duplicates } = selectNewEntries(batch, existingFingerprints, hash);
  const dates = batch.entries.map((entry) => entry.entryDate).sort();
  return {
    source: batch.source,
    totalEntries: batch.entries.length,
    newEntries: fresh.length,
    duplicateEntries: duplicates.length,
    dateRange: dates.length > 0 ? { from: dates[0]!, to: dates[dates.length - 1]! } : null,
    duplicates: duplicates.map(({ entry }) => ({ entryDate: entry.entryDate, title: entry.title })),
    problems: batch.problems,
  };
}
