// Tags on reflections: find-or-create by name (case-insensitive), counts, rename, merge and delete.
import { AppError } from '../../../shared/errors';
import type { TagSummary } from '../../../shared/domain/reflection';
import type { Db } from '../store/open';

export function createTagsRepo(db: Db) {
  const insertTag = db.prepare<[string]>('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING');
  const tagIdByName = db.prepare<[string], { id: number }>('SELECT id FROM tags WHERE name = ?');
  const tagById = db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM tags WHERE id = ?');
  const listWithCounts = db.prepare<[], TagSummary>(
    `SELECT t.id, t.name, count(rt.reflection_id) AS count
     FROM tags t LEFT JOIN reflection_tags rt ON rt.tag_id = t.id
     GROUP BY t.id ORDER BY t.name COLLATE NOCASE`,
  );
  const renameTag = db.prepare<[string, number]>('UPDATE tags SET name = ? WHERE id = ?');
  const copyLinks = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO reflection_tags (reflection_id, tag_id) SELECT reflection_id, ? FROM reflection_tags WHERE tag_id = ?',
  );
  const deleteTag = db.prepare<[number]>('DELETE FROM tags WHERE id = ?');
  const deleteUnused = db.prepare(
    'DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM reflection_tags rt WHERE rt.tag_id = tags.id)',
  );

  function requireTag(id: number) {
    const tag = tagById.get(id);
    if (!tag) throw new AppError('NOT_FOUND', 'That tag no longer exists.');
    return tag;
  }

  return {
    /** Ids for these names, creating tags that do not exist yet; "Work" and "work" are one tag. */
    idsFor(names: readonly string[]): number[] {
      return [...new Set(names.map((name) => name.toLocaleLowerCase()))].map((lower) => {
        const name = names.find((candidate) => candidate.toLocaleLowerCase() === lower) ?? lower;
        insertTag.run(name);
        const row = tagIdByName.get(name);
        if (!row) throw new AppError('INTERNAL', `The tag "${name}" could not be saved.`);
        return row.id;
      });
    },

    deleteUnused(): void {
      deleteUnused.run();
    },

    list(): TagSummary[] {
      return listWithCounts.all();
    },

    rename(id: number, name: string): TagSummary[] {
      db.transaction(() => {
        requireTag(id);
        const clash = tagIdByName.get(name);
        if (clash && clash.id !== id) {
          throw new AppError('CONFLICT', `There is already a tag called "${name}". Merge the two tags instead.`);
        }
        renameTag.run(name, id);
      })();
      return listWithCounts.all();
    },

    merge(sourceIds: readonly number[], targetId: number): TagSummary[] {
      db.transaction(() => {
        requireTag(targetId);
        for (const sourceId of new Set(sourceIds)) {
          if (sourceId === targetId) continue;
          requireTag(sourceId);
          copyLinks.run(targetId, sourceId);
          deleteTag.run(sourceId);
        }
      })();
      return listWithCounts.all();
    },

    /** Deletes the tag; its links go with it (ON DELETE CASCADE, whose triggers update the search index). */
    delete(id: number): TagSummary[] {
      db.transaction(() => {
        requireTag(id);
        deleteTag.run(id);
      })();
      return listWithCounts.all();
    },
  };
}

export type TagsRepo = ReturnType<typeof createTagsRepo>;
