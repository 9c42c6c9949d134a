// Writes imported entries as new reflections with their tags, fingerprints and source keys, with statements prepared once.
import { randomUUID } from 'node:crypto';
import { journalTagsOf } from '../../../shared/domain/interchange/journalTags';
import type { FingerprintedEntry } from '../../../shared/domain/interchange/previewImport';
import type { Db } from '../store/open';
import type { EntryLinker } from './entryLinks';

/** Finds or creates tags by name (case-insensitively, as the journal does), remembering ids for the batch. */
export function createTagResolver(db: Db): (name: string) => number {
  const insertTag = db.prepare<[string]>('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
  const tagIdByName = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE name = ?');
  const known = new Map<string, number>();
  return (name) => {
    const key = name.toLocaleLowerCase();
    const cached = known.get(key);
    if (cached !== undefined) return cached;
    insertTag.run(name);
    const id = tagIdByName.get(name)?.id;
    if (id === undefined) throw new Error(`The tag "${name}" could not be saved.`);
    known.set(key, id);
    return id;
  };
}

/**
 * Lets a reflection's tag links be written before the reflection itself (checked at commit instead): the search
 * index is then written once per reflection, not once more for every tag. Ends with the caller's transaction.
 */
export function deferForeignKeys(db: Db): void {
  db.pragma('defer_foreign_keys = ON');
}

/**
 * Must run inside the caller's transaction, as must the linker's writes (the values, experiments and prompt each entry
 * names). Returns how many reflections were written.
 */
export function writeEntries(db: Db, entries: readonly FingerprintedEntry[], linker: EntryLinker): number {
  const insertReflection = db.prepare(
    `INSERT INTO reflections (id, entry_date, title, body, prompt_id, energy, engagement, created_at, updated_at)
     VALUES (@id, @entryDate, @title, @body, @promptId, @energy, @engagement, @createdAt, @updatedAt)`,
  );
  const insertFingerprint = db.prepare<[string, string]>('INSERT INTO import_fingerprints (fingerprint, reflection_id) VALUES (?, ?)');
  // Two entries of one file may claim the same source id; the first keeps it.
  const insertSourceKey = db.prepare<[string, string]>('INSERT OR IGNORE INTO import_fingerprints (fingerprint, reflection_id) VALUES (?, ?)');
  const linkTag = db.prepare<[string, number]>('INSERT OR IGNORE INTO reflection_tags (reflection_id, tag_id) VALUES (?, ?)');
  const tagId = createTagResolver(db);
  deferForeignKeys(db);
  for (const { entry, fingerprint, sourceKey } of entries) {
    const id = randomUUID();
    for (const name of journalTagsOf(entry)) linkTag.run(id, tagId(name));
    const promptId = linker.link(id, entry);
    insertReflection.run({
      id,
      entryDate: entry.entryDate,
      title: entry.title,
      body: entry.body,
      promptId,
      energy: entry.energy ?? null,
      engagement: entry.engagement ?? null,
      createdAt: entry.createdAt,
      // A later edit in the source stays later; an impossible one (before creation) reads as the creation time.
      updatedAt: entry.updatedAt !== undefined && entry.updatedAt >= entry.createdAt ? entry.updatedAt : entry.createdAt,
    });
    insertFingerprint.run(fingerprint, id);
    if (sourceKey !== null) insertSourceKey.run(sourceKey, id);
  }
  return entries.length;
}
