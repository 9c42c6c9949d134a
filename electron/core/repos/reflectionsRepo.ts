// Reflections in SQLite: plain SQL, one statement per operation, keyset paging newest first.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Reflection, ReflectionPage } from '../../../shared/domain/reflection';
import type { Db } from '../store/open';

interface ReflectionRow {
  id: string;
  entry_date: string;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface ReflectionDraft {
  entryDate: string;
  title: string;
  body: string;
}

export interface ReflectionPatch {
  id: string;
  entryDate?: string | undefined;
  title?: string | undefined;
  body?: string | undefined;
}

export type Clock = () => Date;

function toReflection(row: ReflectionRow): Reflection {
  return {
    id: row.id,
    entryDate: row.entry_date,
    title: row.title,
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function encodeCursor(row: Pick<ReflectionRow, 'entry_date' | 'created_at' | 'id'>): string {
  return `${row.entry_date}|${row.created_at}|${row.id}`;
}

function decodeCursor(cursor: string): [string, string, string] {
  const parts = cursor.split('|');
  if (parts.length !== 3) throw new AppError('VALIDATION', 'That page cursor is not one Cairn issued.');
  return parts as [string, string, string];
}

export function createReflectionsRepo(db: Db, clock: Clock = () => new Date()) {
  const insert = db.prepare<[string, string, string, string, string, string]>(
    'INSERT INTO reflections (id, entry_date, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectOne = db.prepare<[string], ReflectionRow>('SELECT * FROM reflections WHERE id = ?');
  const updateOne = db.prepare<[string, string, string, string, string]>(
    'UPDATE reflections SET entry_date = ?, title = ?, body = ?, updated_at = ? WHERE id = ?',
  );
  const deleteOne = db.prepare<[string]>('DELETE FROM reflections WHERE id = ?');
  const firstPage = db.prepare<[number], ReflectionRow>(
    'SELECT * FROM reflections ORDER BY entry_date DESC, created_at DESC, id DESC LIMIT ?',
  );
  const nextPage = db.prepare<[string, string, string, number], ReflectionRow>(
    `SELECT * FROM reflections
     WHERE (entry_date, created_at, id) < (?, ?, ?)
     ORDER BY entry_date DESC, created_at DESC, id DESC LIMIT ?`,
  );

  function get(id: string): Reflection {
    const row = selectOne.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'That reflection no longer exists.');
    return toReflection(row);
  }

  return {
    get,

    create(draft: ReflectionDraft): Reflection {
      const id = randomUUID();
      const now = clock().toISOString();
      insert.run(id, draft.entryDate, draft.title, draft.body, now, now);
      return get(id);
    },

    update(patch: ReflectionPatch): Reflection {
      const current = get(patch.id);
      const now = clock().toISOString();
      updateOne.run(
        patch.entryDate ?? current.entryDate,
        patch.title ?? current.title,
        patch.body ?? current.body,
        now,
        patch.id,
      );
      return get(patch.id);
    },

    remove(id: string): void {
      const { changes } = deleteOne.run(id);
      if (changes === 0) throw new AppError('NOT_FOUND', 'That reflection no longer exists.');
    },

    listNewestFirst(limit: number, cursor?: string): ReflectionPage {
      const rows = cursor ? nextPage.all(...decodeCursor(cursor), limit + 1) : firstPage.all(limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(toReflection),
        nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
      };
    },
  };
}

export type ReflectionsRepo = ReturnType<typeof createReflectionsRepo>;
