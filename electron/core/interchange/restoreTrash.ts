// Restores the parts of a Cairn export beside the live journal: Recently deleted, tombstones and entry history.
import type { CairnExport } from '../../../shared/domain/interchange/cairnJson';
import type { TrashKind } from '../../../shared/domain/trash';
import type { Db } from '../store/open';

/** Ids of one kind waiting in the journal's trash, so an import does not bring a live copy of them back. */
export function trashedIds(db: Db, kind: TrashKind): Set<string> {
  return new Set(db.prepare<[string], { id: string }>('SELECT id FROM trash WHERE kind = ?').all(kind).map((row) => row.id));
}

const liveTable: Record<TrashKind, string> = {
  reflection: 'reflections',
  experiment: 'experiments',
  value: 'personal_values',
  person: 'experiment_people',
  place: 'experiment_places',
  prompt: 'prompts',
};

/** Must run inside the caller's transaction, after the live items are written. Returns how many trash entries were added. */
export function restoreTrash(db: Db, document: CairnExport): number {
  const insertTombstone = db.prepare<[string, string, string]>('INSERT OR IGNORE INTO tombstones (kind, id, deleted_at) VALUES (?, ?, ?)');
  for (const tombstone of document.tombstones) insertTombstone.run(tombstone.kind, tombstone.id, tombstone.deletedAt);

  const insertTrash = db.prepare(
    `INSERT INTO trash (kind, id, deleted_at, title, detail, payload) VALUES (@kind, @id, @deletedAt, @title, @detail, @payload)
     ON CONFLICT (kind, id) DO NOTHING`,
  );
  const upsertTombstone = db.prepare<[string, string, string]>(
    'INSERT INTO tombstones (kind, id, deleted_at) VALUES (?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET deleted_at = excluded.deleted_at',
  );
  let added = 0;
  for (const entry of document.trash) {
    const { kind } = entry.payload;
    const { id } = entry.payload.item;
    // What is alive in this journal stays alive: an older export's deletion does not undo a restore made since.
    if (db.prepare<[string], { id: string }>(`SELECT id FROM ${liveTable[kind]} WHERE id = ?`).get(id)) continue;
    if (trashedIds(db, kind).has(id)) continue;
    upsertTombstone.run(kind, id, entry.deletedAt);
    insertTrash.run({ kind, id, deletedAt: entry.deletedAt, title: entry.title, detail: entry.detail, payload: JSON.stringify(entry.payload) });
    added += 1;
  }

  const knownVersions = new Set(db.prepare<[], { id: string }>('SELECT id FROM reflection_versions').all().map((row) => row.id));
  const insertVersion = db.prepare(
    `INSERT INTO reflection_versions (id, reflection_id, parent_id, title, body, origin, restored_from, session, started_at, saved_at)
     VALUES (@id, @reflectionId, @parentId, @title, @body, @origin, @restoredFrom, NULL, @startedAt, @savedAt)`,
  );
  for (const version of document.reflectionHistory) {
    if (knownVersions.has(version.id)) continue;
    insertVersion.run({ ...version, parentId: version.parentId !== null && knownVersions.has(version.parentId) ? version.parentId : null });
    knownVersions.add(version.id);
  }
  return added;
}
