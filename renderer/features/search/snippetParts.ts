// Splits a search snippet into plain and highlighted parts, so highlights render as <mark> and never as HTML.
import type { HighlightRange } from '../../../shared/domain/searchQuery';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

export function snippetParts(text: string, ranges: readonly HighlightRange[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(at, Math.min(range.start, text.length));
    const end = Math.max(start, Math.min(range.end, text.length));
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    if (end > start) parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/** The first highlighted words: what opening the result selects in the entry. */
export function firstHighlight(text: string, ranges: readonly HighlightRange[]): string | undefined {
  return snippetParts(text, ranges).find((part) => part.marked)?.text;
}
