// Schema 3: full-text search over reflections (title, body, tags) and experiments, kept in sync by triggers.
import type { Migration } from '../migration';

/** The text an experiment is found by: everything a person wrote about it. */
const experimentBody = (row: 'new' | 'e') =>
  `${row}.hypothesis || char(10) || ${row}.success_criteria || char(10) || ${row}.stop_criteria || char(10) ||
   ${row}.outcome || char(10) || ${row}.learning || char(10) || ${row}.drop_reason`;

const reflectionTags = (id: string) =>
  `coalesce((SELECT group_concat(t.name, ' ') FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id
             WHERE rt.reflection_id = ${id}), '')`;

/** Rewrites one reflection's index row from the tables, so every trigger shares one definition. */
const reindexReflection = (id: string) => `
  DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE item_id = ${id});
  INSERT INTO search_index (rowid, title, body, tags)
    SELECT d.doc, r.title, r.body, ${reflectionTags('r.id')}
    FROM reflections r JOIN search_docs d ON d.item_id = r.id WHERE r.id = ${id};`;

export const m0003Search: Migration = {
  version: 3,
  name: 'search',
  up(db) {
    db.exec(`
      -- A stable integer per searchable item: FTS5 rows are keyed by integers, and a plain rowid may change on VACUUM.
      CREATE TABLE search_docs (
        doc INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('reflection', 'experiment')),
        item_id TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE VIRTUAL TABLE search_index USING fts5 (
        title, body, tags,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE VIRTUAL TABLE search_terms USING fts5vocab (search_index, 'row');

      CREATE TRIGGER reflections_search_insert AFTER INSERT ON reflections BEGIN
        INSERT INTO search_docs (kind, item_id) VALUES ('reflection', new.id);
        ${reindexReflection('new.id')}
      END;
      CREATE TRIGGER reflections_search_update AFTER UPDATE OF title, body ON reflections BEGIN
        ${reindexReflection('new.id')}
      END;
      CREATE TRIGGER reflections_search_delete AFTER DELETE ON reflections BEGIN
        DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE item_id = old.id);
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
      END;

      CREATE TRIGGER experiments_search_insert AFTER INSERT ON experiments BEGIN
        INSERT INTO search_docs (kind, item_id) VALUES ('experiment', new.id);
        INSERT INTO search_index (rowid, title, body, tags)
          SELECT doc, new.title, ${experimentBody('new')}, '' FROM search_docs WHERE item_id = new.id;
      END;
      CREATE TRIGGER experiments_search_update AFTER UPDATE ON experiments BEGIN
        DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE item_id = new.id);
        INSERT INTO search_index (rowid, title, body, tags)
          SELECT doc, new.title, ${experimentBody('new')}, '' FROM search_docs WHERE item_id = new.id;
      END;
      CREATE TRIGGER experiments_search_delete AFTER DELETE ON experiments BEGIN
        DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE item_id = old.id);
        DELETE FROM search_docs WHERE item_id = old.id;
      END;

      INSERT INTO search_docs (kind, item_id) SELECT 'reflection', id FROM reflections;
      INSERT INTO search_docs (kind, item_id) SELECT 'experiment', id FROM experiments;
      INSERT INTO search_index (rowid, title, body, tags)
        SELECT d.doc, r.title, r.body, ${reflectionTags('r.id')} FROM reflections r JOIN search_docs d ON d.item_id = r.id;
      INSERT INTO search_index (rowid, title, body, tags)
        SELECT d.doc, e.title, ${experimentBody('e')}, '' FROM experiments e JOIN search_docs d ON d.item_id = e.id;
    `);
  },
};
