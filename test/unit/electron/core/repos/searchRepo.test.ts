// Search finds what a naive scan finds, survives anything typed, filters, highlights, and falls back to recency.
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

function referenceMatches(doc: Doc, terms: QueryTerm[]): boolean {
  return terms.every((term) =>
    doc.columns.some((tokens) => {
      if (term.kind === 'word') return tokens.includes(term.text.toLowerCase());
      if (term.kind === 'prefix') return tokens.some((token) => token.startsWith(term.text.toLowerCase()));
      return tokens.some((_, start) => term.words.every((word, offset) => tokens[start + offset] === word));
    }),
  );
}

function typed(terms: QueryTerm[]): string {
  return terms
    .map((term) => (term.kind === 'word' ? term.text : term.kind === 'prefix' ? `${term.text}*` : `"${term.words.join(' ')}"`))
    .join(' ');
}

const termArbitrary: fc.Arbitrary<QueryTerm> = fc.oneof(
  fc.record({ kind: fc.constant('word' as const), text: fc.constantFrom(...vocabulary, 'Career', 'MENTOR', 'absent') }),
  fc.record({
    kind: fc.constant('prefix' as const),
    text: fc.constantFrom(...vocabulary).chain((word) => fc.integer({ min: 2, max: word.length }).map((n) => word.slice(0, n))),
  }),
  fc.record({ kind: fc.constant('phrase' as const), words: fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 2 }) }),
);

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
        const expected = corpus.filter((doc) => referenceMatches(doc, terms)).map((doc) => doc.id).sort();
        expect(await searchIds(typed(terms))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('applies tag and date filters like the reference', async () => {
    await fc.assert(
      fc.asyncProperty(termArbitrary, fc.constantFrom(...tagNames), fc.integer({ min: 1, max: 12 }), async (term, tag, month) => {
        const from = `2025-${String(month).padStart(2, '0')}-01`;
        const expected = corpus
          .filter((doc) => referenceMatches(doc, [term]) && doc.tags.includes(tag) && doc.entryDate >= from)
          .map((doc) => doc.id)
          .sort();
        expect(await searchIds(typed([term]), { tag, from })).toEqual(expected);
      }),
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

  it('orders a term that matches a large share of entries by recency', () => {
    const repo = createSearchRepo(core.db, { recencyMinMatches: 10, recencyShare: 0.25 });
    const common = vocabulary
      .map((word) => ({ word, count: corpus.filter((doc) => referenceMatches(doc, [{ kind: 'word', text: word }])).length }))
      .sort((a, b) => b.count - a.count)[0]!;
    const result = repo.query(searchInputSchema.parse({ text: common.word, limit: 200 }));
    expect(result.order).toBe('recency');
    const dates = result.items.map((item) => item.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());

    const rare = repo.query(searchInputSchema.parse({ text: 'absent' }));
    expect(rare.order).toBe('relevance');
  });

  it('finds experiments by what was written about them', async () => {
    const experiment = await call(core, 'experiments.create', { title: 'Pottery evenings', hypothesis: 'Clay calms me' });
    const result = await call(core, 'search.query', { text: 'clay' });
    expect(result.items).toEqual([expect.objectContaining({ kind: 'experiment', id: experiment.id, title: 'Pottery evenings' })]);
    await call(core, 'experiments.update', { id: experiment.id, hypothesis: 'Wheel work calms me' });
    expect((await call(core, 'search.query', { text: 'clay' })).items).toEqual([]);
  });
});
