// Writes a newer export's changes into the entries it imported before: the text through the reflections repo (so the
// old text stays in the entry's history), the tags replaced, and the new text's fingerprint kept.
import { randomUUID } from 'node:crypto';
import type { EntryUpdate } from '../../../shared/domain/interchange/previewImport';
import { journalTagsOf } from '../../../shared/domain/interchange/journalTags';
import type { Clock } from '../clock';
import { createHistoryRepo } from '../repos/historyRepo';
import { createReflectionsRepo } from '../repos/reflectionsRepo';
import { createTagsRepo } from '../repos/tagsRepo';
import type { Db } from '../store/open';

/** Must run inside the caller's transaction. Returns how many reflections were updated. */
export function updateEntries(db: Db, updates: readonly EntryUpdate[], clock: Clock): number {
  const reflections = createReflectionsRepo(db, createTagsRepo(db), createHistoryRepo(db), clock);
  // One editing session for the whole import: each entry's earlier text becomes one version of its history.
  const editSession = randomUUID();
  // The source's time of the change, as a fresh import keeps it: a later re-import compares against it.
  const setUpdatedAt = db.prepare<[string, string]>('UPDATE reflections SET updated_at = ? WHERE id = ?');
  const keepFingerprint = db.prepare<[string, string]>('INSERT OR IGNORE INTO import_fingerprints (fingerprint, reflection_id) VALUES (?, ?)');
  for (const { entry, fingerprint, reflectionId } of updates) {
    reflections.update({ id: reflectionId, title: entry.title, body: entry.body, tags: journalTagsOf(entry), editSession });
    if (entry.updatedAt !== undefined) setUpdatedAt.run(entry.updatedAt, reflectionId);
    keepFingerprint.run(fingerprint, reflectionId);
  }
  return updates.length;
}
