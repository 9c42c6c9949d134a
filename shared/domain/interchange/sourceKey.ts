// A source's own id for an entry (a Day One uuid) as a key the journal keeps beside content fingerprints, so a newer
// export of the same journal updates the entries it imported instead of adding them again.
import type { Sha256Hex } from './fingerprint';
import type { ImportEntry, ImportSource } from './importBatch';

/**
 * Sources whose ids name one entry for good. A Markdown path does not (two vaults both have "Daily/2024-01-01.md"),
 * and a Cairn export is restored by its own ids.
 */
const updatableSources: ReadonlySet<ImportSource> = new Set(['day-one']);

/** The key, or null where the source gives no lasting id; 64 hex characters like a content fingerprint. */
export function sourceKey(source: ImportSource, entry: Pick<ImportEntry, 'externalId'>, hash: Sha256Hex): string | null {
  if (!updatableSources.has(source) || entry.externalId === undefined) return null;
  return hash(JSON.stringify(['source', source, entry.externalId]));
}
