// Personal values: ordered, colourable, archived rather than lost when they stop fitting.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Value, ValueDraft, ValuePatch } from '../../../shared/domain/values';
import type { Db } from '../store/open';
import { systemClock, type Clock } from '../clock';

interface ValueRow {
  id: string;
  label: string;
  description: string;
  colour: string;
  position: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

function toValue(row: ValueRow): Value {
  return {
    id: row.id,
    label: row.label,
    description: row.description,
    colour: row.colour,
    position: row.position,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createValuesRepo(db: Db, clock: Clock = systemClock) {
  const selectOne = db.prepare<[string], ValueRow>('SELECT * FROM personal_values WHERE id = ?');
  const listAll = db.prepare<[number], ValueRow>(
    'SELECT * FROM personal_values WHERE ? OR archived_at IS NULL ORDER BY position, created_at',
  );
  const insert = db.prepare(
    `INSERT INTO personal_values (id, label, description, colour, position, created_at, updated_at)
     VALUES (@id, @label, @description, @colour, (SELECT coalesce(max(position), -1) + 1 FROM personal_values), @now, @now)`,
  );
  const updateOne = db.prepare(
    `UPDATE personal_values SET label = @label, description = @description, colour = @colour,
       archived_at = @archivedAt, updated_at = @now WHERE id = @id`,
  );
  const deleteOne = db.prepare<[string]>('DELETE FROM personal_values WHERE id = ?');
  const setPosition = db.prepare<[number, string]>('UPDATE personal_values SET position = ? WHERE id = ?');

  function get(id: string): Value {
    const row = selectOne.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'That value no longer exists.');
    return toValue(row);
  }

  return {
    get,

    list(includeArchived: boolean): Value[] {
      return listAll.all(includeArchived ? 1 : 0).map(toValue);
    },

    create(draft: ValueDraft): Value {
      const id = randomUUID();
      insert.run({ id, ...draft, now: clock().toISOString() });
      return get(id);
    },

    update(patch: ValuePatch): Value {
      db.transaction(() => {
        const current = get(patch.id);
        const now = clock().toISOString();
        const archivedAt = patch.archived === undefined ? current.archivedAt : patch.archived ? (current.archivedAt ?? now) : null;
        updateOne.run({
          id: patch.id,
          label: patch.label ?? current.label,
          description: patch.description ?? current.description,
          colour: patch.colour ?? current.colour,
          archivedAt,
          now,
        });
      })();
      return get(patch.id);
    },

    remove(id: string): void {
      if (deleteOne.run(id).changes === 0) throw new AppError('NOT_FOUND', 'That value no longer exists.');
    },

    /** Puts the listed values first, in this order; any not listed keep their relative order after them. */
    reorder(ids: readonly string[]): Value[] {
      db.transaction(() => {
        const all = listAll.all(1);
        const known = new Set(all.map((row) => row.id));
        const unknown = ids.find((id) => !known.has(id));
        if (unknown) throw new AppError('NOT_FOUND', 'One of those values no longer exists.');
        const listed = new Set(ids);
        [...ids, ...all.map((row) => row.id).filter((id) => !listed.has(id))].forEach((id, index) => setPosition.run(index, id));
      })();
      return listAll.all(1).map(toValue);
    },
  };
}

export type ValuesRepo = ReturnType<typeof createValuesRepo>;
