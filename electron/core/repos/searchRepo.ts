// Full-text search over everything written (reflections, experiments, people, places, values, the strategy,
// version notes): safe MATCH strings, filters, snippets, relevance or recency,
// with the work bounded by a window of the newest matches however many entries match.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  parseSearchQuery,
  searchKinds,
  splitHighlights,
  toFtsMatch,
  withinTagWords,
  type SearchInput,
  type SearchKind,
  type SearchResult,
} from '../../../shared/domain/searchQuery';
import { plainSnippet } from '../../../shared/domain/searchSnippet';
import type { Db } from '../store/open';
import { firstKeyOfDay, lastKeyOfDay } from '../store/searchKeys';
import { reflectionFilterSql } from './reflectionsRepo';
import { createSearchWords } from './searchWords';

export interface SearchTuning {
  /** With more matches than this, relevance ranks only the newest this many: ranking every match is O(matches). */
  rankWindow: number;
  /** When that many matches span no more than this share's worth of the newest items, the words are too common to rank. */
  recencyShare: number;
}

const defaultTuning: SearchTuning = { rankWindow: 1000, recencyShare: 0.25 };
const SNIPPET_TOKENS = 24;

interface HitRow {
  doc: number;
  kind: SearchKind;
  item_id: string;
  title: string;
  date: string | null;
  experiment_id: string | null;
}

type Param = string | number;

/**
 * The FROM and WHERE every statement of one search shares: the MATCH, the filters, and `rowid <= ?` (the newest key
 * to read) whose value each statement gives after `params`. Every read goes newest first from that key and stops by
 * LIMIT: FTS5 finds an upper rowid bound at once but reads every older posting to honour a lower one, so the oldest
 * key a date filter allows is checked here instead.
 */
interface Scope {
  sql: string;
  params: Param[];
}

interface KeyRange {
  low: number;
  high: number;
}

const nothing = (): SearchResult => ({ items: [], order: 'relevance', limitedToNewest: null, hasMore: false });

export function createSearchRepo(db: Db, tuning: SearchTuning = defaultTuning) {
  const words = createSearchWords(db);
  // The SQL differs only by which filters are set, so a handful of shapes cover every search.
  const statements = new Map<string, Statement<Param[]>>();
  const statement = <Row>(sql: string): Statement<Param[], Row> => {
    let prepared = statements.get(sql);
    if (!prepared) {
      prepared = db.prepare<Param[]>(sql);
      statements.set(sql, prepared);
    }
    return prepared as Statement<Param[], Row>;
  };
  const dayKeys = db.prepare<[string, string], { first: number; last: number }>(
    `SELECT ${firstKeyOfDay('?')} AS first, ${lastKeyOfDay('?')} AS last`,
  );
  const commonCap = Math.floor(tuning.rankWindow / tuning.recencyShare);
  const itemsFrom = db.prepare<[number, number, number], { n: number }>(
    'SELECT count(*) AS n FROM (SELECT 1 FROM search_docs WHERE doc BETWEEN ? AND ? LIMIT ?)',
  );
  // Each kind's title, date and (for people and places) experiment; the strategy and versions have no title.
  const details = db.prepare<[string], HitRow>(
    `SELECT d.doc, d.kind, d.item_id,
       coalesce(r.title, e.title, p.name, l.name, v.label, '') AS title,
       coalesce(r.entry_date, e.actual_start, e.planned_start, substr(sv.created_at, 1, 10)) AS date,
       coalesce(p.experiment_id, l.experiment_id) AS experiment_id
     FROM search_docs d
     LEFT JOIN reflections r ON d.kind = 'reflection' AND r.id = d.item_id
     LEFT JOIN experiments e ON d.kind = 'experiment' AND e.id = d.item_id
     LEFT JOIN experiment_people p ON d.kind = 'person' AND p.id = d.item_id
     LEFT JOIN experiment_places l ON d.kind = 'place' AND l.id = d.item_id
     LEFT JOIN personal_values v ON d.kind = 'value' AND v.id = d.item_id
     LEFT JOIN strategy_versions sv ON d.kind = 'version' AND sv.id = d.item_id
     WHERE d.doc IN (SELECT value FROM json_each(?))`,
  );

  function scopeOf(input: SearchInput, match: string): Scope | null {
    const kinds = new Set(input.kinds);
    const reflectionOnly = reflectionFilterSql({ tag: input.tag, experimentId: input.experimentId });
    // Only reflections have an entry date and tags, so any reflection filter (dates included) leaves the rest out.
    if (reflectionOnly.where.length > 0 || input.from || input.to) for (const kind of searchKinds) if (kind !== 'reflection') kinds.delete(kind);
    if (kinds.size === 0) return null;
    const joins: string[] = [];
    const where = ['search_index MATCH ?'];
    const params: Param[] = [input.tag ? withinTagWords(match, input.tag) : match];
    const needsItem = kinds.size < searchKinds.length || input.valueId !== undefined;
    if (needsItem || reflectionOnly.where.length > 0) joins.push('JOIN search_docs d ON d.doc = search_index.rowid');
    if (kinds.size < searchKinds.length) {
      where.push(`d.kind IN (${[...kinds].map(() => '?').join(', ')})`);
      params.push(...kinds);
    }
    if (reflectionOnly.where.length > 0) {
      joins.push('JOIN reflections r ON r.id = d.item_id');
      where.push(...reflectionOnly.where);
      params.push(...reflectionOnly.params);
    }
    if (input.valueId) {
      where.push(`(EXISTS (SELECT 1 FROM reflection_values rv WHERE rv.reflection_id = d.item_id AND rv.value_id = ?)
        OR EXISTS (SELECT 1 FROM experiment_values ev WHERE ev.experiment_id = d.item_id AND ev.value_id = ?))`);
      params.push(input.valueId, input.valueId);
    }
    where.push('search_index.rowid <= ?');
    return { sql: `FROM search_index ${joins.join(' ')} WHERE ${where.join(' AND ')}`, params };
  }

  /** The keys the date filters allow: keys follow dates, so a date range is a key range. */
  function keyRange(input: SearchInput): KeyRange {
    return {
      low: input.from ? dayKeys.get(input.from, input.from)!.first : 0,
      high: input.to ? dayKeys.get(input.to, input.to)!.last : Number.MAX_SAFE_INTEGER,
    };
  }

  /**
   * Newest first when the words are in most of the newest entries (ranking them says little); else relevance, over
   * every match when there are few, or over the newest `rankWindow` matches when there are more. `ranked` is how
   * many of the newest matches relevance ranks.
   */
  function chooseOrder(scope: Scope, keys: KeyRange): { order: SearchResult['order']; ranked: number; limited: boolean } {
    const newestKeys = newest(scope, keys, tuning.rankWindow + 1, 0);
    const beyondWindow = newestKeys[tuning.rankWindow];
    if (beyondWindow === undefined) return { order: 'relevance', ranked: newestKeys.length, limited: false };
    const spanned = itemsFrom.get(beyondWindow, keys.high, commonCap + 1)?.n ?? 0;
    if (spanned <= commonCap) return { order: 'recency', ranked: 0, limited: false };
    return { order: 'relevance', ranked: tuning.rankWindow, limited: true };
  }

  /** Up to `count` matching keys, newest first, no older than the oldest key the dates allow. */
  function newest(scope: Scope, keys: KeyRange, count: number, skip: number): number[] {
    return statement<{ doc: number }>(`SELECT search_index.rowid AS doc ${scope.sql} ORDER BY search_index.rowid DESC LIMIT ? OFFSET ?`)
      .all(...scope.params, keys.high, count, skip)
      .map((row) => row.doc)
      .filter((doc) => doc >= keys.low);
  }

  /** The newest `count` matches by bm25, ties newest first. */
  function byRelevance(scope: Scope, keys: KeyRange, count: number): number[] {
    return statement<{ doc: number; score: number }>(
      `SELECT search_index.rowid AS doc, bm25(search_index, 10.0, 1.0, 5.0) AS score ${scope.sql}
       ORDER BY search_index.rowid DESC LIMIT ?`,
    )
      .all(...scope.params, keys.high, count)
      .sort((a, b) => a.score - b.score || b.doc - a.doc)
      .map((row) => row.doc);
  }

  function snippetsFor(scope: Scope, docs: readonly number[]): Map<number, string> {
    if (docs.length === 0) return new Map();
    // Read down from the newest key on the page until every key on it is found; the `+` keeps the list from FTS5,
    // which would run the whole query again for each key in it.
    const rows = statement<{ doc: number; snippet: string }>(
      `SELECT search_index.rowid AS doc,
         snippet(search_index, -1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', ${SNIPPET_TOKENS}) AS snippet
       ${scope.sql} AND +search_index.rowid IN (SELECT value FROM json_each(?)) ORDER BY search_index.rowid DESC LIMIT ?`,
    ).all(...scope.params, Math.max(...docs), JSON.stringify(docs), docs.length);
    return new Map(rows.map((row) => [row.doc, row.snippet]));
  }

  return {
    query(input: SearchInput): SearchResult {
      const match = toFtsMatch(parseSearchQuery(input.text), words.wordsFor);
      if (match === null) return nothing();
      const scope = scopeOf(input, match);
      if (scope === null) return nothing();
      const keys = keyRange(input);

      return db.transaction((): SearchResult => {
        const { order, ranked, limited } = chooseOrder(scope, keys);
        const docs =
          order === 'recency'
            ? newest(scope, keys, input.limit + 1, input.offset)
            : byRelevance(scope, keys, ranked).slice(input.offset, input.offset + input.limit + 1);
        const page = docs.slice(0, input.limit);
        const hits = new Map(details.all(JSON.stringify(page)).map((row) => [row.doc, row]));
        const snippets = snippetsFor(scope, page);
        return {
          items: page.flatMap((doc) => {
            const hit = hits.get(doc);
            if (!hit) return [];
            const snippet = splitHighlights(plainSnippet(snippets.get(doc) ?? ''));
            return [{ kind: hit.kind, id: hit.item_id, title: hit.title, date: hit.date, experimentId: hit.experiment_id, snippet }];
          }),
          order,
          limitedToNewest: limited ? tuning.rankWindow : null,
          hasMore: docs.length > input.limit,
        };
      })();
    },
  };
}

export type SearchRepo = ReturnType<typeof createSearchRepo>;
