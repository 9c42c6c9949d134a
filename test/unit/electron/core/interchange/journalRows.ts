// Test helper: every table of a journal as sorted rows, so two journals can be compared row by row.
import type { Db } from '../../../../../electron/core/store/open';

/** Tables whose rows are derived (the search index) or keyed by a local integer (tags) are compared by content. */
const comparedByContent: Record<string, string> = {
  tags: 'SELECT name FROM tags ORDER BY name',
  reflection_tags:
    'SELECT rt.reflection_id, t.name FROM reflection_tags rt JOIN tags t ON t.id = rt.tag_id ORDER BY rt.reflection_id, t.name',
  search_docs: 'SELECT kind, item_id FROM search_docs ORDER BY item_id',
  search_index:
    'SELECT d.item_id, s.title, s.body, s.tags FROM search_index s JOIN search_docs d ON d.doc = s.rowid ORDER BY d.item_id',
};

/** FTS5's own shadow tables, and the word list prefix searches keep, follow from search_index. */
const isShadowTable = (name: string) =>
  /^search_index_|^search_terms$|^search_scratch|^search_words$|^search_unlearned$/.test(name) || name.startsWith('sqlite_');

export function journalTables(db: Db): string[] {
  return db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all()
    .map((row) => row.name)
    .filter((name) => !isShadowTable(name));
}

export function journalRows(db: Db): Record<string, unknown[]> {
  const rows: Record<string, unknown[]> = {};
  for (const table of journalTables(db)) {
    const sql = comparedByContent[table] ?? `SELECT * FROM ${table} ORDER BY ${orderColumns(db, table)}`;
    rows[table] = db.prepare(sql).all().map((row) => (table === 'search_index' ? withSortedTagWords(row as SearchRow) : row));
  }
  return rows;
}

interface SearchRow {
  tags: string;
}

/** The index lists a reflection's tags in tag-id order, which only says which tag was typed first; search ignores it. */
function withSortedTagWords(row: SearchRow): SearchRow {
  return { ...row, tags: row.tags.split(' ').sort().join(' ') };
}

function orderColumns(db: Db, table: string): string {
  return db
    .prepare<[], { name: string }>(`SELECT name FROM pragma_table_info('${table}')`)
    .all()
    .map((column) => `"${column.name}"`)
    .join(', ');
}
