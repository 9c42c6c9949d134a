// Search finds what a naive scan finds (beginnings of any length, with or without accents), survives anything typed,
// filters, highlights, and falls back to recency.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { createSearchRepo } from '../../../../../electron/core/repos/searchRepo';
import { searchInputSchema } from '../../../../../shared/domain/searchQuery';
import { call, startCore } from '../coreFixture';

const vocabulary = [
  'career', 'careful', 'craft', 'crafting', 'mentor', 'mentoring', 'energy', 'engaged', 'design', 'designer',
  'garden', 'teach', 'teaching', 'write', 'writer', 'volunteer', 'meetup', 'project', 'side', 'learning',
];
const tagNames = ['work', 'ideas', 'people', 'health'];

interface Doc {
  id: string;
  entryDate: string;
  columns: string[][];
  tags: string[];
}

/** A small deterministic generator so the corpus is the same on every run. */
function seeded(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

const corpus: Doc[] = [];
let core: Core;

beforeAll(async () => {
  core = startCore();
  const next = seeded(42);
  const pick = () => vocabulary[next(vocabulary.length)]!;
  for (let i = 0; i < 150; i += 1) {
    const title = [pick(), pick()];
    const body = Array.from({ length: 5 + next(20) }, pick);
    const tags = tagNames.filter(() => next(3) === 0);
    const entryDate = `2025-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
    const titleText = title.map((word, index) => (index === 0 ? word[0]!.toUpperCase() + word.slice(1) : word)).join(' ');
    const created = await call(core, 'reflections.create', { entryDate, title: titleText, body: `${body.join(', ')}.`, tags });
    corpus.push({ id: created.id, entryDate, columns: [title, body, tags], tags });
  }
});
afterAll(() => core.close());

type QueryTerm = { kind: 'word'; text: string } | { kind: 'prefix'; text: string } | { kind: 'phrase'; words: string[] };

/** The reference's folding: case and accents do not matter. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function referenceMatches(doc: Doc, terms: QueryTerm[]): boolean {
  return terms.every((term) =>
    doc.columns.some((tokens) => {
      if (term.kind === 'word') return tokens.includes(folded(term.text));
      if (term.kind === 'prefix') return tokens.some((token) => token.startsWith(folded(term.text)));
      return tokens.some((_, start) => term.words.every((word, offset) => tokens[start + offset] === word));
    }),
  );
}

function typed(terms: QueryTerm[]): string {
  return terms
    .map((term) => (term.kind === 'word' ? term.text : term.kind === 'prefix' ? `${term.text}*` : `"${term.words.join(' ')}"`))
    .join(' ');
}

/** What the search reads: a last word with nothing after it is still being typed, so it is a beginning. */
function asSearched(terms: QueryTerm[]): QueryTerm[] {
  const last = terms.at(-1);
  return last?.kind === 'word' ? [...terms.slice(0, -1), { kind: 'prefix', text: last.text }] : terms;
}

/** The same letters as someone might type them with accents: "men" → "mén". */
const accented = (text: string) => text.replace(/[aeiou]/g, (vowel) => ({ a: 'à', e: 'é', i: 'î', o: 'ö', u: 'ü' })[vowel] ?? vowel);

const termArbitrary: fc.Arbitrary<QueryTerm> = fc.oneof(
  fc.record({ kind: fc.constant('word' as const), text: fc.constantFrom(...vocabulary, 'Career', 'MENTOR', 'absent') }),
  fc.record({
    kind: fc.constant('prefix' as const),
    text: fc
      .constantFrom(...vocabulary)
      .chain((word) => fc.integer({ min: 1, max: word.length }).map((n) => word.slice(0, n)))
      .chain((prefix) => fc.constantFrom(prefix, prefix.toUpperCase(), accented(prefix))),
  }),
  fc.record({ kind: fc.constant('phrase' as const), words: fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 2 }) }),
);

/** The reference order for relevance: FTS5's bm25 score with Cairn's column weights, ties newest first. */
function rankedByRelevance(word: string, docs: readonly Doc[]): string[] {
  const scores = new Map(
    core.db
      .prepare<[string], { id: string; score: number; doc: number }>(
        `SELECT d.item_id AS id, bm25(search_index, 10.0, 1.0, 5.0) AS score, d.doc FROM search_index
         JOIN search_docs d ON d.doc = search_index.rowid WHERE search_index MATCH ?`,
      )
      .all(`"${word}"`)
      .map((row) => [row.id, row]),
  );
  return docs
    .map((doc) => scores.get(doc.id)!)
    .sort((a, b) => a.score - b.score || b.doc - a.doc)
    .map((row) => row.id);
}

async function searchIds(text: string, filters: object = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await call(core, 'search.query', { text, kinds: ['reflection'], limit: 200, offset, ...filters });
    ids.push(...page.items.map((item) => item.id));
    if (!page.hasMore) return ids.sort();
  }
}

describe('search against a naive reference', () => {
  it('finds exactly the reflections a full scan finds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(termArbitrary, { minLength: 1, maxLength: 3 }), async (terms) => {
        const expected = corpus.filter((doc) => referenceMatches(doc, asSearched(terms))).map((doc) => doc.id).sort();
        expect(await searchIds(typed(terms))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('applies tag and date filters like the reference', async () => {
    await fc.assert(
      fc.asyncProperty(
        termArbitrary,
        fc.constantFrom(...tagNames),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 11 }),
        async (term, tag, month, months) => {
          const from = `2025-${String(month).padStart(2, '0')}-01`;
          const to = `2025-${String(Math.min(12, month + months)).padStart(2, '0')}-28`;
          const expected = corpus
            .filter((doc) => referenceMatches(doc, asSearched([term])) && doc.tags.includes(tag) && doc.entryDate >= from && doc.entryDate <= to)
            .map((doc) => doc.id)
            .sort();
          expect(await searchIds(typed([term]), { tag, from, to })).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('hostile input', () => {
  const hostile = [
    '"', '"""', 'a"b"c"', 'NEAR(', 'NEAR(a b', 'NEAR(a b, 2)', '*', '-', '-career', 'career -', '^career', 'title:career',
    '{title body}:career', 'career AND', 'OR OR', 'NOT', '(', ')', 'career)', "'; DROP TABLE reflections; --", '\u0000',
    '\uD800', 'caf\u00e9*', '**career', 'car*eer', '+', 'a:', ':', '""*', 'x'.repeat(10_000), 'career '.repeat(1500).slice(0, 10_000),
  ];

  it.each(hostile.map((text) => [text.slice(0, 30), text]))('answers %j without an error', async (_label, text) => {
    const envelope = await core.dispatch('search.query', { text });
    expect(envelope.ok).toBe(true);
  });

  it('answers any typed string without an error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
        expect((await core.dispatch('search.query', { text })).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('results', () => {
  it('highlights the matched words in a plain-text snippet', async () => {
    const result = await call(core, 'search.query', { text: 'mentoring' });
    expect(result.items.length).toBeGreaterThan(0);
    for (const hit of result.items) {
      expect(hit.snippet.ranges.length).toBeGreaterThan(0);
      for (const range of hit.snippet.ranges) {
        expect(hit.snippet.text.slice(range.start, range.end).toLowerCase()).toBe('mentoring');
      }
    }
  });

  it('orders a term that matches a large share of entries by recency, all of them newest first', () => {
    const repo = createSearchRepo(core.db, { rankWindow: 10, recencyShare: 0.25 });
    const common = vocabulary
      .map((word) => ({ word, ids: corpus.filter((doc) => referenceMatches(doc, [{ kind: 'word', text: word }])).map((doc) => doc.id) }))
      .sort((a, b) => b.ids.length - a.ids.length)[0]!;
    const result = repo.query(searchInputSchema.parse({ text: `${common.word} `, kinds: ['reflection'], limit: 200 }));
    expect(result).toMatchObject({ order: 'recency', limitedToNewest: null, hasMore: false });
    expect(result.items.map((item) => item.id).sort()).toEqual([...common.ids].sort());
    const dates = result.items.map((item) => item.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());

    const rare = repo.query(searchInputSchema.parse({ text: 'absent' }));
    expect(rare.order).toBe('relevance');
  });

  it('ranks every match by relevance when a word is in few entries', async () => {
    const expected = rankedByRelevance('volunteer', corpus.filter((doc) => referenceMatches(doc, [{ kind: 'word', text: 'volunteer' }])));
    const result = await call(core, 'search.query', { text: 'volunteer ', kinds: ['reflection'], limit: 200 });
    expect(result).toMatchObject({ order: 'relevance', limitedToNewest: null, hasMore: false });
    expect(result.items.map((item) => item.id)).toEqual(expected);
  });

  it('ranks only the newest matches of a word in very many entries, and says how many', () => {
    const repo = createSearchRepo(core.db, { rankWindow: 10, recencyShare: 1 });
    const matching = corpus.filter((doc) => referenceMatches(doc, [{ kind: 'word', text: 'mentor' }]));
    expect(matching.length).toBeGreaterThan(10);
    // Newest by entry date; entries of the same day in the order they were written.
    const newest = matching
      .map((doc, written) => ({ doc, written }))
      .sort((a, b) => b.doc.entryDate.localeCompare(a.doc.entryDate) || b.written - a.written)
      .slice(0, 10)
      .map(({ doc }) => doc);

    const result = repo.query(searchInputSchema.parse({ text: 'mentor ', kinds: ['reflection'], limit: 200 }));
    expect(result).toMatchObject({ order: 'relevance', limitedToNewest: 10, hasMore: false });
    expect(result.items.map((item) => item.id)).toEqual(rankedByRelevance('mentor', newest));
    expect(repo.query(searchInputSchema.parse({ text: 'mentor ', kinds: ['reflection'], offset: 10 })).items).toEqual([]);
  });

  it('finds entries by a tag of several words, and only those carrying that tag', async () => {
    const fresh = startCore();
    try {
      const tagged = await call(fresh, 'reflections.create', { entryDate: '2025-03-01', body: 'Quiet evening.', tags: ['side-project'] });
      await call(fresh, 'reflections.create', { entryDate: '2025-03-02', body: 'Quiet morning.', tags: ['side', 'project'] });
      const result = await call(fresh, 'search.query', { text: 'quiet', tag: 'side-project' });
      expect(result.items.map((item) => item.id)).toEqual([tagged.id]);
    } finally {
      fresh.close();
    }
  });
  it('finds experiments by what was written about them', async () => {
    const experiment = await call(core, 'experiments.create', { title: 'Pottery evenings', hypothesis: 'Clay calms me' });
    const result = await call(core, 'search.query', { text: 'clay' });
    expect(result.items).toEqual([expect.objectContaining({ kind: 'experiment', id: experiment.id, title: 'Pottery evenings' })]);
    await call(core, 'experiments.update', { id: experiment.id, hypothesis: 'Wheel work calms me' });
    expect((await call(core, 'search.query', { text: 'clay' })).items).toEqual([]);
  });
});

describe('keeping up with edits', () => {
  it('lists newest first by entry date, also after an entry is moved to another date', async () => {
    const fresh = startCore();
    try {
      const days = ['2024-03-05', '2024-01-20', '2024-07-14', '2024-02-29', '2024-05-01', '2024-03-05'];
      const created = [];
      for (const entryDate of days) created.push(await call(fresh, 'reflections.create', { entryDate, body: 'The lantern by the door.' }));
      const repo = createSearchRepo(fresh.db, { rankWindow: 2, recencyShare: 0.25 });
      const newestFirst = () => repo.query(searchInputSchema.parse({ text: 'lantern' })).items.map((item) => [item.id, item.date]);
      const byDate = (entries: { id: string; entryDate: string }[]) =>
        entries
          .map((entry, written) => ({ entry, written }))
          .sort((a, b) => b.entry.entryDate.localeCompare(a.entry.entryDate) || b.written - a.written)
          .map(({ entry }) => [entry.id, entry.entryDate]);
      expect(repo.query(searchInputSchema.parse({ text: 'lantern' })).order).toBe('recency');
      expect(newestFirst()).toEqual(byDate(created));

      created[1] = await call(fresh, 'reflections.update', { id: created[1]!.id, entryDate: '2030-01-01' });
      created[2] = await call(fresh, 'reflections.update', { id: created[2]!.id, entryDate: '1999-12-31' });
      expect(newestFirst()).toEqual(byDate(created));
      expect(newestFirst()[0]).toEqual([created[1]!.id, '2030-01-01']);
      const in2024 = await call(fresh, 'search.query', { text: 'lantern', from: '2024-01-01', to: '2024-12-31' });
      expect(in2024.items).toHaveLength(4);
    } finally {
      fresh.close();
    }
  });

  it('finds words by their beginning as soon as they are written, edited or become a tag name', async () => {
    const fresh = startCore();
    const ids = async (text: string) => (await call(fresh, 'search.query', { text })).items.map((item) => item.id);
    try {
      // Enough earlier entries that a few new ones are learned one by one rather than by rebuilding the word list.
      const filler = fresh.db.prepare(
        "INSERT INTO reflections (id, entry_date, body, created_at, updated_at) VALUES (?, '2020-01-01', 'Filler', '2020-01-01T09:00:00.000Z', '2020-01-01T09:00:00.000Z')",
      );
      fresh.db.transaction(() => {
        for (let n = 0; n < 200; n += 1) filler.run(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`);
      })();
      expect(await ids('fill*')).toHaveLength(50);
      const entry = await call(fresh, 'reflections.create', { entryDate: '2025-06-01', body: 'A zephyr at dawn.' });
      expect(await ids('zeph*')).toEqual([entry.id]);
      await call(fresh, 'reflections.update', { id: entry.id, body: 'A zeppelin at dawn, then a Café.' });
      expect(await ids('zeph*')).toEqual([]);
      expect(await ids('zepp*')).toEqual([entry.id]);
      expect(await ids('caf*')).toEqual([entry.id]);
      expect(await ids('café*')).toEqual([entry.id]);

      const tagged = await call(fresh, 'reflections.create', { entryDate: '2025-06-02', body: 'Walked home.', tags: ['quiet'] });
      expect(await ids('quok*')).toEqual([]);
      const tag = (await call(fresh, 'tags.list', {})).find((summary) => summary.name === 'quiet')!;
      await call(fresh, 'tags.rename', { id: tag.id, name: 'quokka' });
      expect(await ids('quok*')).toEqual([tagged.id]);
      expect(await ids('quok* walked')).toEqual([tagged.id]);
      expect(await ids('qx*')).toEqual([]);
    } finally {
      fresh.close();
    }
  });

  it('finds words by their beginning after a large import, as FTS5 alone would', async () => {
    const fresh = startCore();
    try {
      const insert = fresh.db.prepare(
        "INSERT INTO reflections (id, entry_date, body, created_at, updated_at) VALUES (?, '2025-01-01', ?, '2025-01-01T09:00:00.000Z', '2025-01-01T09:00:00.000Z')",
      );
      const count = 2500;
      fresh.db.transaction(() => {
        for (let n = 0; n < count; n += 1) {
          insert.run(`00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, n === 7 ? 'Zenith of the year' : `Zebra number ${n}`);
        }
      })();
      const found = async (text: string) => (await call(fresh, 'search.query', { text, limit: 200 })).items.length;
      expect(await found('zen*')).toBe(1);
      expect(await found('zeb*')).toBe(200);
      expect(await found('ze* year')).toBe(1);
      expect(fresh.db.prepare("SELECT count(*) FROM search_words WHERE word IN ('zebra', 'zenith')").pluck().get()).toBe(2);
    } finally {
      fresh.close();
    }
  });
});
