// The words the search index holds, kept in search_words, so a prefix search can name the whole words it stands for.
// FTS5 answers `mentor*` by merging the postings of every matching word across the whole journal before returning
// a single row; an OR of whole words is read lazily, newest first, and stops after one page.
import { foldedPlainPrefix } from '../../../shared/domain/searchFolding';
import type { Db } from '../store/open';

/** Each word is one more posting list read side by side (and weighed by bm25); past this many, FTS5's own prefix merge answers. */
const MAX_WORDS = 64;
/**
 * Tokenizing one queued item costs about as much as listing this many items' worth of the whole index's vocabulary
 * (measured at 100,000 entries): a backlog beyond that share of the journal rebuilds the list instead.
 */
const ITEMS_PER_QUEUED = 30;

/** Beginnings this short are in the index's own prefix index (schema 10), one posting list read like a word's. */
const INDEXED_PREFIX_LENGTH = 2;

export function createSearchWords(db: Db) {
  const backlog = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM search_unlearned');
  const itemsUpTo = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM (SELECT 1 FROM search_docs LIMIT ?)');
  const learnQueued = db.transaction(() => {
    // The scratch table tokenizes exactly as search_index does; its vocabulary is then the queued items' words.
    db.exec(`
      INSERT INTO search_scratch (text)
        SELECT title || char(10) || body || char(10) || tags FROM search_index WHERE rowid IN (SELECT doc FROM search_unlearned);
      INSERT OR IGNORE INTO search_words (word) SELECT term FROM search_scratch_terms;
      INSERT INTO search_scratch (search_scratch) VALUES ('delete-all');
      DELETE FROM search_unlearned;
    `);
  });
  const rebuild = db.transaction(() => {
    db.exec(`
      DELETE FROM search_words;
      INSERT INTO search_words (word) SELECT term FROM search_terms;
      DELETE FROM search_unlearned;
    `);
  });
  const startingWith = db.prepare<[string, string, number], { word: string }>(
    'SELECT word FROM search_words WHERE word >= ? AND word < ? ORDER BY word LIMIT ?',
  );

  /** Brings search_words up to date with everything indexed since the last prefix search. */
  function catchUp(): void {
    const queued = backlog.get()?.n ?? 0;
    if (queued === 0) return;
    const worthRebuilding = queued * ITEMS_PER_QUEUED;
    if ((itemsUpTo.get(worthRebuilding)?.n ?? 0) < worthRebuilding) rebuild();
    else learnQueued();
  }

  return {
    /**
     * The whole words beginning with `prefix` folded as the index folds it ("Réu" → "reu"), or null when FTS5's own
     * prefix search should answer instead: from its prefix index for one or two letters, else by a merge.
     */
    wordsFor(prefix: string): readonly string[] | null {
      const lower = foldedPlainPrefix(prefix);
      if (lower === null || lower.length <= INDEXED_PREFIX_LENGTH) return null;
      catchUp();
      const end = lower.slice(0, -1) + String.fromCharCode(lower.charCodeAt(lower.length - 1) + 1);
      const words = startingWith.all(lower, end, MAX_WORDS + 1).map((row) => row.word);
      return words.length > MAX_WORDS ? null : words;
    },
  };
}

export type SearchWords = ReturnType<typeof createSearchWords>;
