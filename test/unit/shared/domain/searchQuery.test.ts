// The query parser turns any typed text into words, prefixes and phrases, and snippets into text plus ranges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  MAX_TERMS,
  parseSearchQuery,
  splitHighlights,
  toFtsMatch,
  withinTagWords,
} from '../../../../shared/domain/searchQuery';

describe('parseSearchQuery', () => {
  it('reads words, prefixes and quoted phrases', () => {
    expect(parseSearchQuery('career "side project" mentor*')).toEqual([
      { kind: 'word', text: 'career', prefix: false },
      { kind: 'phrase', text: 'side project' },
      { kind: 'word', text: 'mentor', prefix: true },
    ]);
  });

  it('reads the last word as the beginning of a word while it is being typed, and as a whole word once a space follows', () => {
    expect(parseSearchQuery('team pri')).toEqual([
      { kind: 'word', text: 'team', prefix: false },
      { kind: 'word', text: 'pri', prefix: true },
    ]);
    expect(parseSearchQuery('team pri ')).toEqual([
      { kind: 'word', text: 'team', prefix: false },
      { kind: 'word', text: 'pri', prefix: false },
    ]);
    expect(parseSearchQuery('"team pri')).toEqual([{ kind: 'phrase', text: 'team pri' }]);
    expect(parseSearchQuery('pri,')).toEqual([{ kind: 'word', text: 'pri,', prefix: false }]);
  });

  it('lets an unclosed quote run to the end', () => {
    expect(parseSearchQuery('"learning in public')).toEqual([{ kind: 'phrase', text: 'learning in public' }]);
  });

  it('treats operators and column filters as plain text, and drops what has no letters or digits', () => {
    expect(parseSearchQuery('NEAR( title:x - * AND')).toEqual([
      { kind: 'word', text: 'NEAR(', prefix: false },
      { kind: 'word', text: 'title:x', prefix: false },
      { kind: 'word', text: 'AND', prefix: true },
    ]);
    expect(parseSearchQuery('*** -- ""')).toEqual([]);
  });

  it('caps the number of terms', () => {
    expect(parseSearchQuery('word '.repeat(500))).toHaveLength(MAX_TERMS);
  });
});

/** True for `"…" "…"* …`: quoted strings (inner quotes doubled), each optionally starred, one space apart. */
function isQuotedSequence(match: string): boolean {
  let i = 0;
  for (;;) {
    if (match[i] !== '"') return false;
    i += 1;
    for (;;) {
      if (i >= match.length) return false;
      if (match[i] === '"') {
        if (match[i + 1] === '"') i += 2;
        else break;
      } else i += 1;
    }
    i += 1;
    if (match[i] === '*') i += 1;
    if (i === match.length) return true;
    if (match[i] !== ' ') return false;
    i += 1;
  }
}

describe('toFtsMatch', () => {
  it('quotes every term and doubles inner quotes', () => {
    expect(toFtsMatch([
      { kind: 'word', text: 'a"b', prefix: true },
      { kind: 'phrase', text: 'x y' },
    ])).toBe('"a""b"* "x y"');
    expect(toFtsMatch([])).toBeNull();
  });

  it('spells out a prefix as the words it begins, or leaves it to FTS5 when they are not known', () => {
    const terms = parseSearchQuery('budget ment* "team meeting" x*');
    const words: Record<string, string[] | null> = { ment: ['mentor', 'mentoring'], x: null };
    expect(toFtsMatch(terms, (prefix) => words[prefix] ?? null)).toBe('"budget" AND ("mentor" OR "mentoring") AND "team meeting" AND "x"*');
    expect(toFtsMatch(parseSearchQuery('ment* budget '), () => ['mentor'])).toBe('"mentor" "budget"');
    expect(toFtsMatch(parseSearchQuery('budget zq*'), () => [])).toBeNull();
  });

  it('always yields a sequence of well-formed quoted strings, whatever was typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (typed) => {
        const match = toFtsMatch(parseSearchQuery(typed));
        if (match === null) return;
        expect(isQuotedSequence(match)).toBe(true);
        expect(match).not.toMatch(/[\p{Cc}\uE000\uE001]/u);
      }),
    );
  });
});

describe('withinTagWords', () => {
  it('adds the tag as a phrase in the tags column, unless it has nothing searchable', () => {
    expect(withinTagWords('"x" "y"', 'side "project"')).toBe('("x" "y") AND {tags} : "side ""project"""');
    expect(withinTagWords('"x"', '!!!')).toBe('"x"');
  });
});

describe('splitHighlights', () => {
  it('turns markers into ranges over plain text', () => {
    const marked = `a ${HIGHLIGHT_START}bee${HIGHLIGHT_END} c ${HIGHLIGHT_START}dee${HIGHLIGHT_END}`;
    expect(splitHighlights(marked)).toEqual({ text: 'a bee c dee', ranges: [{ start: 2, end: 5 }, { start: 8, end: 11 }] });
  });

  it('keeps the text free of markers and every range inside it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.constant(HIGHLIGHT_START), fc.constant(HIGHLIGHT_END))),
        (parts) => {
          const { text, ranges } = splitHighlights(parts.join(''));
          expect(text).not.toMatch(/[\uE000\uE001]/);
          for (const range of ranges) {
            expect(range.start).toBeGreaterThanOrEqual(0);
            expect(range.end).toBeLessThanOrEqual(text.length);
            expect(range.start).toBeLessThan(range.end);
          }
        },
      ),
    );
  });
});
