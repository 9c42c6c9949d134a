// Drafts by key: saving merges the given fields into what is stored, so a saver may send only what changed; a draft
// emptied of everything (a tag typed, then added) is removed rather than kept as a row of blanks.
import { draftFieldsSchema, type Draft, type DraftFields } from '../../../shared/domain/drafts';
import type { Db } from '../store/open';
import type { Clock } from '../clock';

interface DraftRow {
  key: string;
  fields: string;
  updated_at: string;
}

function toDraft(row: DraftRow): Draft {
  // A stored draft that no longer parses opens as empty rather than refusing to open the form.
  const parsed = draftFieldsSchema.safeParse(JSON.parse(row.fields));
  return { key: row.key, fields: parsed.success ? parsed.data : {}, updatedAt: row.updated_at };
}

/** A field holding nothing a person typed or chose. */
function isBlank(value: DraftFields[string]): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

export function createDraftsRepo(db: Db, clock: Clock) {
  const selectOne = db.prepare<[string], DraftRow>('SELECT key, fields, updated_at FROM drafts WHERE key = ?');
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO drafts (key, fields, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET fields = excluded.fields, updated_at = excluded.updated_at`,
  );
  const deleteOne = db.prepare<[string]>('DELETE FROM drafts WHERE key = ?');

  function get(key: string): Draft | null {
    const row = selectOne.get(key);
    return row ? toDraft(row) : null;
  }

  // Read and write in one transaction, so two saves of one draft cannot interleave and drop a field.
  const save = db.transaction((key: string, fields: DraftFields): Draft => {
    const merged = { ...(get(key)?.fields ?? {}), ...fields };
    const updatedAt = clock().toISOString();
    if (Object.values(merged).every(isBlank)) {
      deleteOne.run(key);
      return { key, fields: merged, updatedAt };
    }
    upsert.run(key, JSON.stringify(merged), updatedAt);
    return get(key) as Draft;
  });

  return {
    get,
    save: (key: string, fields: DraftFields): Draft => save(key, fields),
    discard(key: string): void {
      deleteOne.run(key);
    },
  };
}

export type DraftsRepo = ReturnType<typeof createDraftsRepo>;
