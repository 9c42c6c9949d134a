// Reflections in SQLite: plain SQL, keyset paging newest first, filters, calendar counts (reviews apart), and their links.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { REVIEW_TAG } from '../../../shared/domain/reviews/reviewSchema';
import type {
  CalendarDay,
  Reflection,
  ReflectionDraft,
  ReflectionListInput,
  ReflectionPage,
  ReflectionPatch,
} from '../../../shared/domain/reflection';
import type { Db } from '../store/open';
import { systemClock, type Clock } from '../clock';
import type { HistoryRepo } from './historyRepo';
import { jsonList, reflectionExperimentsLink, reflectionTagsLink, reflectionValuesLink, replaceLinks } from './links';
import type { TagsRepo } from './tagsRepo';

interface ReflectionRow {
  id: string;
  entry_date: string;
  title: string;
  body: string;
  prompt_id: string | null;
  energy: number | null;
  engagement: number | null;
  tags: string;
  value_ids: string;
  experiment_ids: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `r.id, r.entry_date, r.title, r.body, r.prompt_id, r.energy, r.engagement, r.created_at, r.updated_at,
  (SELECT json_group_array(name) FROM (SELECT t.name FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id
     WHERE rt.reflection_id = r.id ORDER BY t.name COLLATE NOCASE)) AS tags,
  (SELECT json_group_array(value_id) FROM reflection_values WHERE reflection_id = r.id) AS value_ids,
  (SELECT json_group_array(experiment_id) FROM reflection_experiments WHERE reflection_id = r.id) AS experiment_ids`;

function toReflection(row: ReflectionRow): Reflection {
  return {
    id: row.id,
    entryDate: row.entry_date,
    title: row.title,
    body: row.body,
    promptId: row.prompt_id,
    energy: row.energy,
    engagement: row.engagement,
    tags: jsonList<string>(row.tags),
    valueIds: jsonList<string>(row.value_ids),
    experimentIds: jsonList<string>(row.experiment_ids),
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

type Filters = Pick<ReflectionListInput, 'from' | 'to' | 'tag' | 'valueId' | 'experimentId'>;

/** SQL conditions on alias `r` for the journal's filters; shared with search so both filter alike. */
export function reflectionFilterSql(filters: Filters): { where: string[]; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filters.from) {
    where.push('r.entry_date >= ?');
    params.push(filters.from);
  }
  if (filters.to) {
    where.push('r.entry_date <= ?');
    params.push(filters.to);
  }
  if (filters.tag) {
    where.push('EXISTS (SELECT 1 FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.reflection_id = r.id AND t.name = ?)');
    params.push(filters.tag);
  }
  if (filters.valueId) {
    where.push('EXISTS (SELECT 1 FROM reflection_values rv WHERE rv.reflection_id = r.id AND rv.value_id = ?)');
    params.push(filters.valueId);
  }
  if (filters.experimentId) {
    where.push('EXISTS (SELECT 1 FROM reflection_experiments re WHERE re.reflection_id = r.id AND re.experiment_id = ?)');
    params.push(filters.experimentId);
  }
  return { where, params };
}

export function createReflectionsRepo(db: Db, tags: TagsRepo, history: HistoryRepo, clock: Clock = systemClock) {
  const insert = db.prepare(
    `INSERT INTO reflections (id, entry_date, title, body, prompt_id, energy, engagement, created_at, updated_at)
     VALUES (@id, @entryDate, @title, @body, @promptId, @energy, @engagement, @now, @now)`,
  );
  const selectOne = db.prepare<[string], ReflectionRow>(`SELECT ${COLUMNS} FROM reflections r WHERE r.id = ?`);
  const updateOne = db.prepare(
    `UPDATE reflections SET entry_date = @entryDate, title = @title, body = @body, prompt_id = @promptId,
       energy = @energy, engagement = @engagement, updated_at = @now WHERE id = @id`,
  );
  const deleteOne = db.prepare<[string]>('DELETE FROM reflections WHERE id = ?');
  const calendar = db.prepare<[string, string, string], { date: string; count: number; reviews: number }>(
    `SELECT entry_date AS date, count(*) AS count,
       sum(EXISTS (SELECT 1 FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.reflection_id = r.id AND t.name = ?)) AS reviews
     FROM reflections r WHERE entry_date BETWEEN ? AND ? GROUP BY entry_date ORDER BY entry_date`,
  );

  function get(id: string): Reflection {
    const row = selectOne.get(id);
    if (!row) throw new AppError('NOT_FOUND', 'That reflection no longer exists.');
    return toReflection(row);
  }

  function writeLinks(id: string, links: Pick<ReflectionPatch, 'tags' | 'valueIds' | 'experimentIds'>): void {
    if (links.tags) {
      replaceLinks(db, reflectionTagsLink, id, tags.idsFor(links.tags));
      tags.deleteUnused();
    }
    if (links.valueIds) replaceLinks(db, reflectionValuesLink, id, links.valueIds);
    if (links.experimentIds) replaceLinks(db, reflectionExperimentsLink, id, links.experimentIds);
  }

  return {
    get,

    create(draft: ReflectionDraft): Reflection {
      const id = randomUUID();
      db.transaction(() => {
        insert.run({
          id,
          entryDate: draft.entryDate,
          title: draft.title,
          body: draft.body,
          promptId: draft.promptId ?? null,
          energy: draft.energy ?? null,
          engagement: draft.engagement ?? null,
          now: clock().toISOString(),
        });
        writeLinks(id, draft);
      })();
      return get(id);
    },

    update(patch: ReflectionPatch): Reflection {
      db.transaction(() => {
        const current = get(patch.id);
        const now = clock();
        const text = { title: patch.title ?? current.title, body: patch.body ?? current.body };
        updateOne.run({
          id: patch.id,
          entryDate: patch.entryDate ?? current.entryDate,
          ...text,
          promptId: patch.promptId === undefined ? current.promptId : patch.promptId,
          energy: patch.energy === undefined ? current.energy : patch.energy,
          engagement: patch.engagement === undefined ? current.engagement : patch.engagement,
          now: now.toISOString(),
        });
        if (text.title !== current.title || text.body !== current.body) {
          history.record(patch.id, current, text, patch.editSession ?? null, now);
        }
        writeLinks(patch.id, patch);
      })();
      return get(patch.id);
    },

    /** Brings back an earlier text as the current one, recorded as a version of its own. */
    restoreVersion(id: string, versionId: string): Reflection {
      db.transaction(() => {
        const current = get(id);
        const version = history.get(id, versionId);
        if (!version) throw new AppError('NOT_FOUND', 'That earlier version of the reflection no longer exists.');
        const now = clock();
        const { entryDate, promptId, energy, engagement } = current;
        updateOne.run({ id, entryDate, title: version.title, body: version.body, promptId, energy, engagement, now: now.toISOString() });
        history.recordRestore(id, version, versionId, now);
      })();
      return get(id);
    },

    remove(id: string): void {
      db.transaction(() => {
        if (deleteOne.run(id).changes === 0) throw new AppError('NOT_FOUND', 'That reflection no longer exists.');
        tags.deleteUnused();
      })();
    },

    list(input: ReflectionListInput): ReflectionPage {
      const { where, params } = reflectionFilterSql(input);
      if (input.cursor) {
        where.push('(r.entry_date, r.created_at, r.id) < (?, ?, ?)');
        params.push(...decodeCursor(input.cursor));
      }
      const sql = `SELECT ${COLUMNS} FROM reflections r ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY r.entry_date DESC, r.created_at DESC, r.id DESC LIMIT ?`;
      const rows = db.prepare<(string | number)[], ReflectionRow>(sql).all(...params, input.limit + 1);
      const page = rows.slice(0, input.limit);
      const last = page.at(-1);
      return {
        items: page.map(toReflection),
        nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
      };
    },

    calendar(from: string, to: string): CalendarDay[] {
      return calendar.all(REVIEW_TAG, from, to).map(({ date, count, reviews }) => (reviews > 0 ? { date, count, reviews } : { date, count }));
    },
  };
}

export type ReflectionsRepo = ReturnType<typeof createReflectionsRepo>;
