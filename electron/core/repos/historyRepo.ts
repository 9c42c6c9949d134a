// Entry history in SQLite: records a reflection's text as its autosaves arrive (one version per editing session), lists and prunes.
import { randomUUID } from 'node:crypto';
import {
  continuesVersion,
  versionsToPrune,
  type ReflectionVersion,
} from '../../../shared/domain/reflectionHistory';
import type { Db } from '../store/open';

interface VersionRow {
  id: string;
  reflection_id: string;
  parent_id: string | null;
  title: string;
  body: string;
  origin: ReflectionVersion['origin'];
  restored_from: string | null;
  session: string | null;
  started_at: string;
  saved_at: string;
}

function toVersion(row: VersionRow): ReflectionVersion {
  return {
    id: row.id,
    reflectionId: row.reflection_id,
    parentId: row.parent_id,
    title: row.title,
    body: row.body,
    origin: row.origin,
    restoredFrom: row.restored_from,
    startedAt: row.started_at,
    savedAt: row.saved_at,
  };
}

export interface EntryText {
  title: string;
  body: string;
}

export function createHistoryRepo(db: Db) {
  const selectHead = db.prepare<[string], VersionRow>(
    'SELECT * FROM reflection_versions WHERE reflection_id = ? ORDER BY seq DESC LIMIT 1',
  );
  const insert = db.prepare(
    `INSERT INTO reflection_versions (id, reflection_id, parent_id, title, body, origin, restored_from, session, started_at, saved_at)
     VALUES (@id, @reflectionId, @parentId, @title, @body, @origin, @restoredFrom, @session, @startedAt, @savedAt)`,
  );
  const continueHead = db.prepare<[string, string, string, string]>(
    'UPDATE reflection_versions SET title = ?, body = ?, saved_at = ? WHERE id = ?',
  );
  const listOf = db.prepare<[string], VersionRow>('SELECT * FROM reflection_versions WHERE reflection_id = ? ORDER BY seq');
  const selectOne = db.prepare<[string, string], VersionRow>('SELECT * FROM reflection_versions WHERE id = ? AND reflection_id = ?');
  const reparent = db.prepare<[string | null, string]>('UPDATE reflection_versions SET parent_id = ? WHERE parent_id = ?');
  const deleteOne = db.prepare<[string]>('DELETE FROM reflection_versions WHERE id = ?');
  const deleteAllOf = db.prepare<[string]>('DELETE FROM reflection_versions WHERE reflection_id = ?');

  function add(
    reflectionId: string,
    text: EntryText,
    fields: { parentId: string | null; origin: ReflectionVersion['origin']; restoredFrom?: string; session: string | null; at: string },
  ): string {
    const id = randomUUID();
    insert.run({
      id,
      reflectionId,
      parentId: fields.parentId,
      title: text.title,
      body: text.body,
      origin: fields.origin,
      restoredFrom: fields.restoredFrom ?? null,
      session: fields.session,
      startedAt: fields.at,
      savedAt: fields.at,
    });
    return id;
  }

  /** Drops what the pruning policy lets go; a dropped version's children then point at its parent, keeping the chain. */
  function prune(reflectionId: string, now: Date): void {
    const rows = listOf.all(reflectionId);
    const parentOf = new Map(rows.map((row) => [row.id, row.parent_id]));
    for (const id of versionsToPrune(rows.map((row) => ({ id: row.id, savedAt: row.saved_at })), now)) {
      reparent.run(parentOf.get(id) ?? null, id);
      deleteOne.run(id);
    }
  }

  return {
    /**
     * Called inside the update's transaction when a reflection's title or body changes. Continues the newest version
     * while the same editing session goes on (at most VERSION_SPAN_MS), else starts one; the first change to an entry
     * written before history began keeps its earlier text as the 'original' version.
     */
    record(reflectionId: string, before: EntryText & { updatedAt: string }, after: EntryText, session: string | null, now: Date): void {
      const at = now.toISOString();
      const head = selectHead.get(reflectionId);
      if (head && head.title === before.title && head.body === before.body) {
        if (continuesVersion({ origin: head.origin, session: head.session, startedAt: head.started_at }, session, now)) {
          continueHead.run(after.title, after.body, at, head.id);
          return;
        }
        add(reflectionId, after, { parentId: head.id, origin: 'edit', session, at });
      } else {
        // No history yet, or the text changed without it (an older Cairn): what was there becomes a version first.
        const hadText = before.title !== '' || before.body !== '';
        const parentId = hadText
          ? add(reflectionId, before, { parentId: head?.id ?? null, origin: 'original', session: null, at: before.updatedAt })
          : (head?.id ?? null);
        add(reflectionId, after, { parentId, origin: 'edit', session, at });
      }
      prune(reflectionId, now);
    },

    /** A restore is a version of its own, whatever the session: the restored text stays in the history as it was. */
    recordRestore(reflectionId: string, text: EntryText, restoredFrom: string, now: Date): void {
      const head = selectHead.get(reflectionId);
      add(reflectionId, text, { parentId: head?.id ?? null, origin: 'restore', restoredFrom, session: null, at: now.toISOString() });
      prune(reflectionId, now);
    },

    /** Newest first, as the history panel shows them. */
    list(reflectionId: string): ReflectionVersion[] {
      return listOf.all(reflectionId).map(toVersion).reverse();
    },

    get(reflectionId: string, versionId: string): ReflectionVersion | undefined {
      const row = selectOne.get(versionId, reflectionId);
      return row ? toVersion(row) : undefined;
    },

    /** Every version of every reflection, oldest first, for export. */
    all(): ReflectionVersion[] {
      return db.prepare<[], VersionRow>('SELECT * FROM reflection_versions ORDER BY seq').all().map(toVersion);
    },

    removeAll(reflectionId: string): void {
      deleteAllOf.run(reflectionId);
    },
  };
}

export type HistoryRepo = ReturnType<typeof createHistoryRepo>;
