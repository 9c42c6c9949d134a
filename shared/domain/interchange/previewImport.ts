// What an import would do before it does anything: new, updated, repeated, already there, kept, and what is left out.
import { entryFingerprint, type Sha256Hex } from './fingerprint';
import { type ImportBatch, type ImportEntry, type ImportLeftOut, type ImportProblem, type ImportSource } from './importBatch';
import { journalTagsOf } from './journalTags';
import { sourceKey } from './sourceKey';

/** The journal's copy of an entry a source has imported before, as an update compares it. */
export interface StoredEntry {
  title: string;
  body: string;
  /** Tag names as stored. */
  tags: readonly string[];
  updatedAt: string;
}

/** What the journal already holds, as the selection asks it. */
export interface JournalMatches {
  /** The reflection a content fingerprint or source key belongs to. */
  reflectionIdOf(key: string): string | undefined;
  current(reflectionId: string): StoredEntry | undefined;
}

/** A journal known only by its content fingerprints (a fresh journal is `knownFingerprints(new Set())`). */
export function knownFingerprints(fingerprints: ReadonlySet<string>): JournalMatches {
  return { reflectionIdOf: (key) => (fingerprints.has(key) ? key : undefined), current: () => undefined };
}

export interface FingerprintedEntry {
  entry: ImportEntry;
  fingerprint: string;
  /** The source's lasting id as a key, where it has one. */
  sourceKey: string | null;
}

export interface EntryUpdate extends FingerprintedEntry {
  reflectionId: string;
  changes: 'text' | 'tags' | 'text and tags';
}

export interface ImportSelection {
  /** Entries not yet in the journal, each once, in the batch's order. */
  fresh: FingerprintedEntry[];
  /** Entries the source changed since it was imported: the journal's copy takes the new text (its old text stays in its history). */
  updates: EntryUpdate[];
  /** Entries already in the journal as they are. */
  inJournal: FingerprintedEntry[];
  /** Entries repeated earlier in the same batch. */
  repeated: FingerprintedEntry[];
  /** Entries whose journal copy changed later than the file's (edited here, or an older export): the journal's stays. */
  keptHere: FingerprintedEntry[];
}

/** Tags as the journal compares them: the names it would keep (cut to length, star included), whatever the case. */
function tagSet(tags: readonly string[]): string {
  return tags.map((tag) => tag.toLocaleLowerCase()).sort().join('\n');
}

function changesOf(entry: ImportEntry, stored: StoredEntry): EntryUpdate['changes'] | null {
  const text = entry.title !== stored.title || entry.body !== stored.body;
  const tags = tagSet(journalTagsOf(entry)) !== tagSet(stored.tags);
  return text && tags ? 'text and tags' : text ? 'text' : tags ? 'tags' : null;
}

/** What happens to an entry the source changed: the newer copy wins, the journal's on a tie of unknowns. */
function changedFate(entry: ImportEntry, stored: StoredEntry, textKnown: boolean): 'update' | 'keptHere' | 'inJournal' {
  // Without a time from the source, a text the journal had before is an older export's: nothing to update.
  if (entry.updatedAt === undefined) return textKnown ? 'inJournal' : 'update';
  return entry.updatedAt < stored.updatedAt ? 'keptHere' : 'update';
}

/** Splits a batch by what the journal holds, with the fingerprint and source key the store also keeps. */
export function selectNewEntries(batch: ImportBatch, journal: JournalMatches, hash: Sha256Hex): ImportSelection {
  const seen = new Set<string>();
  const selection: ImportSelection = { fresh: [], updates: [], inJournal: [], repeated: [], keptHere: [] };
  for (const entry of batch.entries) {
    const item = { entry, fingerprint: entryFingerprint(entry, hash), sourceKey: sourceKey(batch.source, entry, hash) };
    const identity = item.sourceKey ?? item.fingerprint;
    if (seen.has(identity) || seen.has(item.fingerprint)) {
      selection.repeated.push(item);
      continue;
    }
    seen.add(identity).add(item.fingerprint);
    const reflectionId = item.sourceKey === null ? undefined : journal.reflectionIdOf(item.sourceKey);
    const stored = reflectionId === undefined ? undefined : journal.current(reflectionId);
    if (reflectionId === undefined || stored === undefined) {
      if (journal.reflectionIdOf(item.fingerprint) === undefined) selection.fresh.push(item);
      else selection.inJournal.push(item);
      continue;
    }
    const changes = changesOf(entry, stored);
    const fate = changes === null ? 'inJournal' : changedFate(entry, stored, journal.reflectionIdOf(item.fingerprint) !== undefined);
    if (fate === 'update' && changes !== null) selection.updates.push({ ...item, reflectionId, changes });
    else selection[fate === 'update' ? 'inJournal' : fate].push(item);
  }
  return selection;
}

/** An entry as a preview lists it. */
export interface ListedEntry {
  entryDate: string;
  title: string;
}

export interface ImportPreview {
  source: ImportSource;
  totalEntries: number;
  newEntries: number;
  updatedEntries: number;
  /** Already in the journal plus repeated in the file: every entry not added. */
  duplicateEntries: number;
  repeatedInFile: number;
  keptEntries: number;
  /** Earliest and latest entry dates in the batch, or null when it has no entries. */
  dateRange: { from: string; to: string } | null;
  duplicates: (ListedEntry & { inFile: boolean })[];
  updated: (ListedEntry & { changes: EntryUpdate['changes'] })[];
  kept: ListedEntry[];
  leftOut: ImportLeftOut[];
  problems: ImportProblem[];
}

const listed = ({ entry }: FingerprintedEntry): ListedEntry => ({ entryDate: entry.entryDate, title: entry.title });

export function previewImport(batch: ImportBatch, journal: JournalMatches, hash: Sha256Hex): ImportPreview {
  const { fresh, updates, inJournal, repeated, keptHere } = selectNewEntries(batch, journal, hash);
  const dates = batch.entries.map((entry) => entry.entryDate).sort();
  return {
    source: batch.source,
    totalEntries: batch.entries.length,
    newEntries: fresh.length,
    updatedEntries: updates.length,
    duplicateEntries: inJournal.length + repeated.length,
    repeatedInFile: repeated.length,
    keptEntries: keptHere.length,
    dateRange: dates.length > 0 ? { from: dates[0]!, to: dates[dates.length - 1]! } : null,
    duplicates: [...inJournal.map((item) => ({ ...listed(item), inFile: false })), ...repeated.map((item) => ({ ...listed(item), inFile: true }))],
    updated: updates.map((update) => ({ ...listed(update), changes: update.changes })),
    kept: keptHere.map(listed),
    leftOut: batch.leftOut ?? [],
    problems: batch.problems,
  };
}
