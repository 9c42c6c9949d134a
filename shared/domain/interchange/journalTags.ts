// An imported entry's tags as the journal keeps them: one place for the preview, the first write and an update.
import { MAX_TAG_LENGTH } from '../reflection';
import { truncateGraphemes } from '../text';
import type { ImportEntry } from './importBatch';

/** Cairn has no star of its own: an entry starred in Day One or jrnl keeps that mark as this tag. */
export const IMPORT_STAR_TAG = 'starred';

/** Tags as the journal keeps them: trimmed, inner whitespace collapsed, at most 60 characters (never half of one). */
export function journalTagName(tag: string): string {
  return truncateGraphemes(tag.trim().replace(/\s+/g, ' '), MAX_TAG_LENGTH, 'codePoints').trim();
}

/** The entry's tags, its star included, each once (as the journal compares names: whatever the case), none empty. */
export function journalTagsOf(entry: Pick<ImportEntry, 'tags' | 'starred'>): string[] {
  const byKey = new Map<string, string>();
  for (const tag of entry.starred ? [...entry.tags, IMPORT_STAR_TAG] : entry.tags) {
    const name = journalTagName(tag);
    if (name.length > 0 && !byKey.has(name.toLocaleLowerCase())) byKey.set(name.toLocaleLowerCase(), name);
  }
  return [...byKey.values()];
}
