// Turns whatever a person types into a safe FTS5 MATCH string, and snippets into plain text plus highlight ranges.
import { z } from 'zod';
import { calendarDateSchema } from './dates';
import { pageInputShape } from './paging';

export type SearchTerm =
  | { kind: 'word'; text: string; prefix: boolean }
  | { kind: 'phrase'; text: string };

export const MAX_QUERY_LENGTH = 10_000;
export const MAX_TERMS = 32;
const MAX_TERM_LENGTH = 200;

/** Private-use characters mark highlights inside snippets; they never reach the renderer. */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

const searchable = /[\p{L}\p{N}]/u;
/** Control characters and lone surrogates cannot be typed meaningfully and would upset the FTS5 parser. */
const unsafeCharacters = /[\p{Cc}\p{Cs}\uE000\uE001]/gu;

/**
 * Words, `prefix*` words and "quoted phrases"; an unclosed quote runs to the end. Everything else is text
 * to look for, never syntax: operators, column filters and NEAR() are just words here. The last word is a prefix
 * while it is being typed (nothing after it), so results follow every keystroke.
 */
export function parseSearchQuery(input: string): SearchTerm[] {
  const clean = input.slice(0, MAX_QUERY_LENGTH).replace(unsafeCharacters, ' ');
  const terms: SearchTerm[] = [];
  const pattern = /"([^"]*)"?|([^\s"]+)/g;
  for (const match of clean.matchAll(pattern)) {
    if (terms.length >= MAX_TERMS) break;
    const phrase = match[1];
    const word = match[2];
    if (phrase !== undefined) {
      const text = phrase.trim().replace(/\s+/g, ' ').slice(0, MAX_TERM_LENGTH);
      if (searchable.test(text)) terms.push({ kind: 'phrase', text });
    } else if (word !== undefined) {
      const prefix = /\*+$/.test(word);
      const text = word.replace(/\*+$/, '').slice(0, MAX_TERM_LENGTH);
      const beingTyped = match.index + word.length === clean.length;
      if (searchable.test(text)) terms.push({ kind: 'word', text, prefix: (prefix || beingTyped) && /[\p{L}\p{N}]$/u.test(text) });
    }
  }
  return terms;
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The whole words a prefix stands for, or null to leave the prefix to FTS5 (same matches, more work). */
export type PrefixWords = (prefix: string) => readonly string[] | null;

/**
 * Every term must match (FTS5's implicit AND); null when nothing can match: no terms, or a prefix that begins no
 * word. A prefix whose words are known becomes an OR of those words.
 */
export function toFtsMatch(terms: readonly SearchTerm[], wordsFor: PrefixWords = () => null): string | null {
  if (terms.length === 0) return null;
  const parts: string[] = [];
  let grouped = false;
  for (const term of terms) {
    if (term.kind === 'phrase' || !term.prefix) {
      parts.push(quote(term.text));
      continue;
    }
    const words = wordsFor(term.text);
    if (words === null) parts.push(`${quote(term.text)}*`);
    else if (words.length === 0) return null;
    else if (words.length === 1) parts.push(quote(words[0]!));
    else {
      parts.push(`(${words.map(quote).join(' OR ')})`);
      grouped = true;
    }
  }
  // FTS5 reads two quoted strings side by side as AND, but wants the AND spelled out next to a bracketed group.
  return parts.join(grouped ? ' AND ' : ' ');
}

/**
 * Narrows a MATCH to items whose tags column holds a tag's words in order: a superset of the items carrying the tag,
 * found by the index instead of a lookup per match. The exact tag check still decides.
 */
export function withinTagWords(match: string, tag: string): string {
  const words = tag.replace(unsafeCharacters, ' ');
  return searchable.test(words) ? `(${match}) AND {tags} : ${quote(words)}` : match;
}

export interface HighlightRange {
  start: number;
  end: number;
}

/** Strips the private-use markers, returning the text and where each highlight starts and ends in it. */
export function splitHighlights(marked: string): { text: string; ranges: HighlightRange[] } {
  let text = '';
  const ranges: HighlightRange[] = [];
  let openedAt: number | null = null;
  for (const char of marked) {
    if (char === HIGHLIGHT_START) openedAt = text.length;
    else if (char === HIGHLIGHT_END) {
      if (openedAt !== null && text.length > openedAt) ranges.push({ start: openedAt, end: text.length });
      openedAt = null;
    } else text += char;
  }
  return { text, ranges };
}

/** What a result is: each opens where it lives (a person or a place opens their experiment). */
export const searchKinds = ['reflection', 'experiment', 'person', 'place', 'value', 'strategy', 'version'] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchInputSchema = z.strictObject({
  text: z.string().max(MAX_QUERY_LENGTH),
  kinds: z.array(z.enum(searchKinds)).min(1).max(searchKinds.length).default([...searchKinds]),
  tag: z.string().max(60).optional(),
  valueId: z.uuid().optional(),
  experimentId: z.uuid().optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  ...pageInputShape,
});
export type SearchInput = z.output<typeof searchInputSchema>;

export const searchHitSchema = z.object({
  kind: z.enum(searchKinds),
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  /** The experiment a person or a place belongs to, which opening them shows; null for other kinds. */
  experimentId: z.string().nullable(),
  snippet: z.object({
    text: z.string(),
    ranges: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  }),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  items: z.array(searchHitSchema),
  /** Relevance normally; recency when the words are so common that ranking them would be slow and unhelpful. */
  order: z.enum(['relevance', 'recency']),
  /**
   * Set when so many entries match that relevance ranked only the newest of them: how many. Older matches are left
   * out; narrowing the dates reaches them.
   */
  limitedToNewest: z.number().int().positive().nullable(),
  hasMore: z.boolean(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
