// Schema 6: the search index rebuilt with keys in date order, and a list of the words it holds for prefix searches.
import type { Migration } from '../migration';

// The key SQL as schema 6 wrote it, copied here rather than imported from store/searchKeys.ts, so a later change
// there cannot change what this migration does to a journal that runs it later.
const DAY_SPAN = 2 ** 20;
const dayNumber = (date: string) => `coalesce(CAST(julianday(${date}) AS INTEGER), 0)`;
const firstKeyOfDay = (date: string) => `(${dayNumber(date)} * ${DAY_SPAN})`;
const lastKeyOfDay = (date: string) => `(${firstKeyOfDay(date)} + ${DAY_SPAN - 1})`;
const nextKeyOnDay = (date: string) =>
  `(SELECT coalesce(max(doc), ${firstKeyOfDay(date)}) + 1 FROM search_docs
    WHERE doc > ${firstKeyOfDay(date)} AND doc <= ${lastKeyOfDay(date)})`;

/** The text an experiment is found by: everything a person wrote about it. */
const experimentBody = (row: 'new' | 'e') =>
  `${row}.hypothesis || char(10) || ${row}.success_criteria || char(10) || ${row}.stop_criteria || char(10) ||
   ${row}.outcome || char(10) || ${row}.learning || char(10) || ${row}.drop_reason`;

/** The date an experiment sorts by in search: the one shown with it, else the day it was written down. */
const experimentDate = (row: 'new' | 'old' | 'e') => `coalesce(${row}.actual_start, ${row}.planned_start, substr(${row}.created_at, 1, 10))`;

const reflectionTags = (id: string) =>
  `coalesce((SELECT group_concat(t.name, ' ') FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id
             WHERE rt.reflection_id = ${id}), '')`;

/** Queues a reindexed item so its words reach search_words before the next prefix search. */
const markUnlearned = (id: string) => `INSERT OR IGNORE INTO search_unlearned (doc) SELECT doc FROM search_docs WHERE item_id = ${id};`;

const insertReflection = (id: string) => `
  INSERT INTO search_index (rowid, title, body, tags)
    SELECT d.doc, r.title, r.body, ${reflectionTags('r.id')}
    FROM reflections r JOIN search_docs d ON d.item_id = r.id WHERE r.id = ${id};
  ${markUnlearned(id)}`;

const insertExperiment = `
  INSERT INTO search_index (rowid, title, body, tags)
    SELECT doc, new.title, ${experimentBody('new')}, '' FROM search_docs WHERE item_id = new.id;
  ${markUnlearned('new.id')}`;

const dropIndexRow = (id: string) => `DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE item_id = ${id});`;

/** Rewrites one reflection's index row from the tables, so every trigger shares one definition. */
const reindexReflection = (id: string) => `${dropIndexRow(id)} ${insertReflection(id)}`;

export const m0006SearchByDate: Migration = {
  version: 6,
  name: 'search-by-date',
  up(db) {
    db.exec(`
      DROP TRIGGER reflections_search_insert;
      DROP TRIGGER reflections_search_update;
      DROP TRIGGER reflections_search_delete;
      DROP TRIGGER reflection_tags_search_insert;
      DROP TRIGGER reflection_tags_search_delete;
      DROP TRIGGER tags_search_rename;
      DROP TRIGGER experiments_search_insert;
      DROP TRIGGER experiments_search_update;
      DROP TRIGGER experiments_search_delete;
      DROP TABLE search_terms;
      DROP TABLE search_index;
      DELETE FROM search_docs;

      CREATE VIRTUAL TABLE search_index USING fts5 (
        title, body, tags,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE VIRTUAL TABLE search_terms USING fts5vocab (search_index, 'row');

      -- Every word the index holds (and a few it no longer does): a prefix search becomes an OR of whole words,
      -- which FTS5 reads lazily, instead of a merge of every matching word's postings.
      CREATE TABLE search_words (word TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID;
      -- Items indexed since their words were last added to search_words.
      CREATE TABLE search_unlearned (doc INTEGER PRIMARY KEY) STRICT;
      -- Tokenizes queued items with the index's own tokenizer, so search_words holds exactly its words.
      CREATE VIRTUAL TABLE search_scratch USING fts5 (
        text,
        tokenize = 'unicode61 remove_diacritics 2', content = '', detail = none
      );
      CREATE VIRTUAL TABLE search_scratch_terms USING fts5vocab (search_scratch, 'row');

      CREATE TRIGGER reflections_search_insert AFTER INSERT ON reflections BEGIN
        INSERT INTO search_docs (doc, kind, item_id) VALUES (${nextKeyOnDay('new.entry_date')}, 'reflection', new.id);
        ${insertReflection('new.id')}
      END;
      CREATE TRIGGER reflections_search_update AFTER UPDATE OF title, body, entry_date ON reflections BEGIN
        ${dropIndexRow('new.id')}
        UPDATE search_docs SET doc = ${nextKeyOnDay('new.entry_date')}
          WHERE item_id = new.id AND new.entry_date IS NOT old.entry_date;
        ${insertReflection('new.id')}
      END;
      CREATE TRIGGER reflections_search_delete AFTER DELETE ON reflections BEGIN
        ${dropIndexRow('old.id')}
        DELETE FROM search_docs WHERE item_id = old.id;
      END;
      CREATE TRIGGER reflection_tags_search_insert AFTER INSERT ON reflection_tags BEGIN
        ${reindexReflection('new.reflection_id')}
      END;
      CREATE TRIGGER reflection_tags_search_delete AFTER DELETE ON reflection_tags BEGIN
        ${reindexReflection('old.reflection_id')}
      END;
      CREATE TRIGGER tags_search_rename AFTER UPDATE OF name ON tags BEGIN
        DELETE FROM search_index WHERE rowid IN
          (SELECT d.doc FROM search_docs d JOIN reflection_tags rt ON rt.reflection_id = d.item_id WHERE rt.tag_id = new.id);
        INSERT INTO search_index (rowid, title, body, tags)
          SELECT d.doc, r.title, r.body, ${reflectionTags('r.id')}
          FROM reflection_tags rt JOIN reflections r ON r.id = rt.reflection_id JOIN search_docs d ON d.item_id = r.id
          WHERE rt.tag_id = new.id;
        -- One entry with the tag is enough to learn its new name.
        INSERT OR IGNORE INTO search_unlearned (doc)
          SELECT d.doc FROM search_docs d JOIN reflection_tags rt ON rt.reflection_id = d.item_id WHERE rt.tag_id = new.id LIMIT 1;
      END;

      CREATE TRIGGER experiments_search_insert AFTER INSERT ON experiments BEGIN
        INSERT INTO search_docs (doc, kind, item_id) VALUES (${nextKeyOnDay(experimentDate('new'))}, 'experiment', new.id);
        ${insertExperiment}
      END;
      CREATE TRIGGER experiments_search_update AFTER UPDATE ON experiments BEGIN
        ${dropIndexRow('new.id')}
        UPDATE search_docs SET doc = ${nextKeyOnDay(experimentDate('new'))}
          WHERE item_id = new.id AND ${experimentDate('new')} IS NOT ${experimentDate('old')};
        ${insertExperiment}
      END;
      CREATE TRIGGER experiments_search_delete AFTER DELETE ON experiments BEGIN
        ${dropIndexRow('old.id')}
        DELETE FROM search_docs WHERE item_id = old.id;
      END;
    `);
    rebuild(db);
  },
};

/** Keys every item by its date (ties in the order they were written), then indexes them in key order. */
function rebuild(db: Parameters<Migration['up']>[0]): void {
  db.exec(`
    INSERT INTO search_docs (doc, kind, item_id)
      SELECT day * ${DAY_SPAN} + row_number() OVER (PARTITION BY day ORDER BY created_at, id), kind, id
      FROM (
        SELECT ${dayNumber('entry_date')} AS day, 'reflection' AS kind, id, created_at FROM reflections
        UNION ALL
        SELECT ${dayNumber(experimentDate('e'))}, 'experiment', id, created_at FROM experiments e
      );
    INSERT INTO search_index (rowid, title, body, tags)
      SELECT d.doc, r.title, r.body, ${reflectionTags('r.id')} FROM search_docs d JOIN reflections r ON r.id = d.item_id ORDER BY d.doc;
    INSERT INTO search_index (rowid, title, body, tags)
      SELECT d.doc, e.title, ${experimentBody('e')}, '' FROM search_docs d JOIN experiments e ON e.id = d.item_id ORDER BY d.doc;
    INSERT INTO search_words (word) SELECT term FROM search_terms;
  `);
}
