// Full-text search over reflections and experiments: safe MATCH strings, filters, snippets, relevance or recency.
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  parseSearchQuery,
  splitHighlights,
  toFtsMatch,
  type SearchInput,
  type SearchResult,
  type SearchTerm,
} from '../../../shared/domain/searchQuery';
import type { Db } from '../store/open';
import { reflectionFilterSql } from './reflectionsRepo';

interface HitRow {
  doc: number;
  kind: 'reflection' | 'experiment';
  item_id: string;
  title: string;
  date: string | null;
}

export interface SearchTuning {
  /** Below this many likely matches, ranking is cheap enough to always use. */
  recencyMinMatches: number;
  /** A term in at least this share of all items is too common for its rank to mean much. */
  recencyShare: number;
}

const defaultTuning: SearchTuning = { recencyMinMatches: 2000, recencyShare: 0.25 };
const SNIPPET_TOKENS = 24;

export function createSearchRepo(db: Db, tuning: SearchTuning = defaultTuning) {
  const totalDocs = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM search_docs');
  const termDocs = db.prepare<[string], { doc: number }>('SELECT doc FROM search_terms WHERE term = ?');
  const prefixDocs = db.prepare<[string, string], { doc: number | null }>(
    'SELECT max(doc) AS doc FROM search_terms WHERE term >= ? AND term < ?',
  );

  /** A cheap guess at how many items every term matches, from the index's own term statistics. */
  function estimateMatches(terms: readonly SearchTerm[]): number | null {
    const estimates = terms.flatMap((term) => {
      const token = term.text.toLocaleLowerCase();
      if (term.kind !== 'word' || /[^\p{L}\p{N}]/u.test(token)) return [];
      const row = term.prefix ? prefixDocs.get(token, `${token}\u{10FFFF}`) : termDocs.get(token);
      return [row?.doc ?? 0];
    });
    return estimates.length > 0 ? Math.min(...estimates) : null;
  }

  function chooseOrder(terms: readonly SearchTerm[]): SearchResult['order'] {
    const estimate = estimateMatches(terms);
    if (estimate === null || estimate < tuning.recencyMinMatches) return 'relevance';
    const total = totalDocs.get()?.n ?? 0;
    return total > 0 && estimate / total >= tuning.recencyShare ? 'recency' : 'relevance';
  }

  function snippetsFor(match: string, docs: readonly number[]): Map<number, string> {
    if (docs.length === 0) return new Map();
    const rows = db
      .prepare<(string | number)[], { doc: number; snippet: string }>(
        `SELECT rowid AS doc,
           snippet(search_index, -1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', ${SNIPPET_TOKENS}) AS snippet
         FROM search_index WHERE search_index MATCH ? AND rowid IN (${docs.map(() => '?').join(', ')})`,
      )
      .all(match, ...docs);
    return new Map(rows.map((row) => [row.doc, row.snippet]));
  }

  return {
    query(input: SearchInput): SearchResult {
      const terms = parseSearchQuery(input.text);
      const match = toFtsMatch(terms);
      if (match === null) return { items: [], order: 'relevance', hasMore: false };

      const where = ['search_index MATCH ?'];
      const params: (string | number)[] = [match];
      const kinds = new Set(input.kinds);
      const reflectionOnly = reflectionFilterSql({ from: input.from, to: input.to, tag: input.tag, experimentId: input.experimentId });
      if (reflectionOnly.where.length > 0) kinds.delete('experiment');
      if (kinds.size === 0) return { items: [], order: 'relevance', hasMore: false };
      where.push(`d.kind IN (${[...kinds].map(() => '?').join(', ')})`);
      params.push(...kinds);
      where.push(...reflectionOnly.where);
      params.push(...reflectionOnly.params);
      if (input.valueId) {
        where.push(`(EXISTS (SELECT 1 FROM reflection_values rv WHERE rv.reflection_id = d.item_id AND rv.value_id = ?)
          OR EXISTS (SELECT 1 FROM experiment_values ev WHERE ev.experiment_id = d.item_id AND ev.value_id = ?))`);
        params.push(input.valueId, input.valueId);
      }

      const order = chooseOrder(terms);
      const orderBy =
        order === 'relevance'
          ? 'bm25(search_index, 10.0, 1.0, 5.0), d.doc DESC'
          : 'coalesce(r.entry_date, substr(e.updated_at, 1, 10)) DESC, d.doc DESC';
      // Rank first, then make snippets for the one page shown: a snippet for every match of a common word is
      // what made such searches slow.
      const sql = `
        SELECT d.doc, d.kind, d.item_id, coalesce(r.title, e.title) AS title,
          coalesce(r.entry_date, e.actual_start, e.planned_start) AS date
        FROM search_index
        JOIN search_docs d ON d.doc = search_index.rowid
        LEFT JOIN reflections r ON d.kind = 'reflection' AND r.id = d.item_id
        LEFT JOIN experiments e ON d.kind = 'experiment' AND e.id = d.item_id
        WHERE ${where.join(' AND ')}
        ORDER BY ${orderBy}
        LIMIT ? OFFSET ?`;
      return db.transaction(() => {
        const rows = db.prepare<(string | number)[], HitRow>(sql).all(...params, input.limit + 1, input.offset);
        const page = rows.slice(0, input.limit);
        const snippets = snippetsFor(match, page.map((row) => row.doc));
        return {
          items: page.map((row) => ({
            kind: row.kind,
            id: row.item_id,
            title: row.title,
            date: row.date,
            snippet: splitHighlights(snippets.get(row.doc) ?? ''),
          })),
          order,
          hasMore: rows.length > input.limit,
        };
      })();
    },
  };
}

export type SearchRepo = ReturnType<typeof createSearchRepo>;
