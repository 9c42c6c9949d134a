// Schema 10: search finds everything a person wrote (reflections, experiments with their people and places, people,
// places, values, the strategy and version notes), each row keyed by date and saying its kind, and short prefixes
// answered from a prefix index instead of a merge over the whole journal.
import type { Migration } from '../migration';

// The key SQL as schema 6 wrote it, frozen here (see 0006) so a later change in store/searchKeys.ts cannot change it.
const DAY_SPAN = 2 ** 20;
const dayNumber = (date: string) => `coalesce(CAST(julianday(${date}) AS INTEGER), 0)`;
const firstKeyOfDay = (date: string) => `(${dayNumber(date)} * ${DAY_SPAN})`;
const lastKeyOfDay = (date: string) => `(${firstKeyOfDay(date)} + ${DAY_SPAN - 1})`;
const nextKeyOnDay = (date: string) =>
  `(SELECT coalesce(max(doc), ${firstKeyOfDay(date)}) + 1 FROM search_docs
    WHERE doc > ${firstKeyOfDay(date)} AND doc <= ${lastKeyOfDay(date)})`;

const lines = (...parts: string[]) => parts.join(' || char(10) || ');

type Kind = 'reflection' | 'experiment' | 'person' | 'place' | 'value' | 'strategy' | 'version';

/**
 * What each kind is found by, read from its own table aliased `x`: the item id search_docs keeps, the date its key
 * follows, and the three indexed columns (a reflection's tags column holds its tags, an experiment's the names of its
 * people and places, so a person's name finds their experiment).
 */
interface Source {
  table: string;
  id: string;
  date: (row: string) => string;
  title: string;
  body: string;
  tags: string;
}

const sources: Record<Kind, Source> = {
  reflection: {
    table: 'reflections',
    id: 'x.id',
    date: (row) => `${row}.entry_date`,
    title: 'x.title',
    body: 'x.body',
    tags: `coalesce((SELECT group_concat(t.name, ' ') FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id
                     WHERE rt.reflection_id = x.id), '')`,
  },
  experiment: {
    table: 'experiments',
    id: 'x.id',
    date: (row) => `coalesce(${row}.actual_start, ${row}.planned_start, substr(${row}.created_at, 1, 10))`,
    title: 'x.title',
    body: lines('x.hypothesis', 'x.success_criteria', 'x.stop_criteria', 'x.outcome', 'x.learning', 'x.drop_reason'),
    tags: `coalesce((SELECT group_concat(name, ' ') FROM
             (SELECT name FROM experiment_people WHERE experiment_id = x.id
              UNION ALL SELECT name FROM experiment_places WHERE experiment_id = x.id)), '')`,
  },
  person: {
    table: 'experiment_people',
    id: 'x.id',
    date: (row) => `substr(${row}.created_at, 1, 10)`,
    title: 'x.name',
    body: lines('x.where_met', 'x.notes', 'x.learned', 'x.can_give'),
    tags: "''",
  },
  place: {
    table: 'experiment_places',
    id: 'x.id',
    date: (row) => `substr(${row}.created_at, 1, 10)`,
    title: 'x.name',
    body: lines('x.location', 'x.notes'),
    tags: "''",
  },
  value: {
    table: 'personal_values',
    id: 'x.id',
    date: (row) => `substr(${row}.created_at, 1, 10)`,
    title: 'x.label',
    body: 'x.description',
    tags: "''",
  },
  strategy: {
    table: 'strategy',
    id: "'strategy'",
    date: (row) => `substr(${row}.updated_at, 1, 10)`,
    title: "''",
    body: lines('x.aspiration', 'x.strengths', 'x.impact'),
    tags: "''",
  },
  version: {
    table: 'strategy_versions',
    id: 'x.id',
    date: (row) => `substr(${row}.created_at, 1, 10)`,
    title: "''",
    body: 'x.change_note',
    tags: "''",
  },
};

/** The id expression of a trigger's row (`new` or `old`) for a kind. */
const idOf = (kind: Kind, row: string) => sources[kind].id.replace('x.', `${row}.`);

const dropIndexRow = (id: string) => `DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE item_id = ${id});`;

/** Writes one item's index row from its table (nothing when it is gone), and queues its words for search_words. */
const insertIndexRow = (kind: Kind, id: string) => {
  const s = sources[kind];
  return `
    INSERT INTO search_index (rowid, title, body, tags)
      SELECT d.doc, ${s.title}, ${s.body}, ${s.tags} FROM ${s.table} x JOIN search_docs d ON d.item_id = ${s.id}
      WHERE ${s.id} = ${id};
    INSERT OR IGNORE INTO search_unlearned (doc) SELECT doc FROM search_docs WHERE item_id = ${id};`;
};

const reindex = (kind: Kind, id: string) => `${dropIndexRow(id)} ${insertIndexRow(kind, id)}`;

/** Insert, update and delete triggers that keep one kind's rows current; `columns` limits the update trigger. */
function triggersFor(kind: Kind, columns: string, extra: { insert?: string; update?: string; delete?: string } = {}): string {
  const s = sources[kind];
  const name = `${s.table}_search`;
  return `
    CREATE TRIGGER ${name}_insert AFTER INSERT ON ${s.table} BEGIN
      INSERT INTO search_docs (doc, kind, item_id) VALUES (${nextKeyOnDay(s.date('new'))}, '${kind}', ${idOf(kind, 'new')});
      ${insertIndexRow(kind, idOf(kind, 'new'))}
      ${extra.insert ?? ''}
    END;
    CREATE TRIGGER ${name}_update AFTER UPDATE OF ${columns} ON ${s.table} BEGIN
      ${dropIndexRow(idOf(kind, 'new'))}
      UPDATE search_docs SET doc = ${nextKeyOnDay(s.date('new'))}
        WHERE item_id = ${idOf(kind, 'new')} AND ${s.date('new')} IS NOT ${s.date('old')};
      ${insertIndexRow(kind, idOf(kind, 'new'))}
      ${extra.update ?? ''}
    END;
    CREATE TRIGGER ${name}_delete AFTER DELETE ON ${s.table} BEGIN
      ${dropIndexRow(idOf(kind, 'old'))}
      DELETE FROM search_docs WHERE item_id = ${idOf(kind, 'old')};
      ${extra.delete ?? ''}
    END;`;
}

/** People and places: their own row, and their experiment's, which carries their names. */
const withExperiment = (kind: 'person' | 'place', columns: string) =>
  triggersFor(kind, `${columns}, created_at, experiment_id`, {
    insert: reindex('experiment', 'new.experiment_id'),
    update: `${reindex('experiment', 'new.experiment_id')} ${reindex('experiment', 'old.experiment_id')}`,
    delete: reindex('experiment', 'old.experiment_id'),
  });

const oldTriggers = [
  'reflections_search_insert', 'reflections_search_update', 'reflections_search_delete',
  'reflection_tags_search_insert', 'reflection_tags_search_delete', 'tags_search_rename',
  'experiments_search_insert', 'experiments_search_update', 'experiments_search_delete',
];

export const m0010SearchEverything: Migration = {
  version: 10,
  name: 'search-everything',
  up(db) {
    db.exec(`
      ${oldTriggers.map((name) => `DROP TRIGGER ${name};`).join('\n')}
      DROP TABLE search_terms;
      DROP TABLE search_index;
      DROP TABLE search_docs;
      DELETE FROM search_unlearned;
      DELETE FROM search_words;

      CREATE TABLE search_docs (
        doc INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('reflection', 'experiment', 'person', 'place', 'value', 'strategy', 'version')),
        item_id TEXT NOT NULL UNIQUE
      ) STRICT;
      -- prefix = '1 2': a word's first one or two letters, the beginnings most words share, are one posting list
      -- read newest first like a whole word; longer beginnings become an OR of the words in search_words.
      CREATE VIRTUAL TABLE search_index USING fts5 (
        title, body, tags,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'
      );
      CREATE VIRTUAL TABLE search_terms USING fts5vocab (search_index, 'row');

      ${triggersFor('reflection', 'title, body, entry_date')}
      CREATE TRIGGER reflection_tags_search_insert AFTER INSERT ON reflection_tags BEGIN
        ${reindex('reflection', 'new.reflection_id')}
      END;
      CREATE TRIGGER reflection_tags_search_delete AFTER DELETE ON reflection_tags BEGIN
        ${reindex('reflection', 'old.reflection_id')}
      END;
      CREATE TRIGGER tags_search_rename AFTER UPDATE OF name ON tags BEGIN
        DELETE FROM search_index WHERE rowid IN
          (SELECT d.doc FROM search_docs d JOIN reflection_tags rt ON rt.reflection_id = d.item_id WHERE rt.tag_id = new.id);
        INSERT INTO search_index (rowid, title, body, tags)
          SELECT d.doc, x.title, x.body, ${sources.reflection.tags}
          FROM reflection_tags rt JOIN reflections x ON x.id = rt.reflection_id JOIN search_docs d ON d.item_id = x.id
          WHERE rt.tag_id = new.id;
        -- One entry with the tag is enough to learn its new name.
        INSERT OR IGNORE INTO search_unlearned (doc)
          SELECT d.doc FROM search_docs d JOIN reflection_tags rt ON rt.reflection_id = d.item_id WHERE rt.tag_id = new.id LIMIT 1;
      END;
      ${triggersFor('experiment', 'title, hypothesis, success_criteria, stop_criteria, outcome, learning, drop_reason, actual_start, planned_start, created_at')}
      ${withExperiment('person', 'name, where_met, notes, learned, can_give')}
      ${withExperiment('place', 'name, location, notes')}
      ${triggersFor('value', 'label, description, created_at')}
      ${triggersFor('strategy', 'aspiration, strengths, impact, updated_at')}
      ${triggersFor('version', 'change_note')}
    `);
    rebuild(db);
  },
};

/** Keys every item by its date (ties in the order they were written), then indexes them in key order. */
function rebuild(db: Parameters<Migration['up']>[0]): void {
  const kinds = Object.keys(sources) as Kind[];
  const dated = kinds.map((kind) => {
    const s = sources[kind];
    const written = kind === 'strategy' ? "coalesce(x.updated_at, '')" : 'x.created_at';
    return `SELECT ${dayNumber(s.date('x'))} AS day, '${kind}' AS kind, ${s.id} AS id, ${written} AS written FROM ${s.table} x`;
  });
  const rows = kinds.map((kind) => {
    const s = sources[kind];
    return `SELECT d.doc, ${s.title} AS title, ${s.body} AS body, ${s.tags} AS tags
            FROM search_docs d JOIN ${s.table} x ON ${s.id} = d.item_id WHERE d.kind = '${kind}'`;
  });
  db.exec(`
    INSERT INTO search_docs (doc, kind, item_id)
      SELECT day * ${DAY_SPAN} + row_number() OVER (PARTITION BY day ORDER BY written, id), kind, id
      FROM (${dated.join(' UNION ALL ')});
    INSERT INTO search_index (rowid, title, body, tags)
      SELECT doc, title, body, tags FROM (${rows.join(' UNION ALL ')}) ORDER BY doc;
    INSERT INTO search_words (word) SELECT term FROM search_terms;
  `);
}
