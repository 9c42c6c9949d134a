// Turns an FTS5 snippet of Markdown into the plain text a person reads, keeping the highlight markers in place.
// The highlight markers (searchQuery's HIGHLIGHT_START and HIGHLIGHT_END) are private-use characters none of these patterns match, so they pass through untouched.
const images = /!\[([^\]\n]*)\]\([^)\n]*\)/g;
const links = /\[([^\]\n]*)\]\([^)\n]*\)/g;
const referenceLinks = /\[([^\]\n]+)\]\[[^\]\n]*\]/g;
const autolinks = /<((?:https?:\/\/|mailto:)[^>\s]+)>/g;
const rules = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm;
/** Block markers at the start of a line: headings, quotes, list bullets and numbers, task boxes (nested ones too). */
const lineStarts = /^(?:[ \t]*(?:#{1,6}(?=[ \t]|$)|>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])|\[[ xX]\](?=[ \t])))+/gm;
const emphasis = /\*+|~~|`+/g;
/** Underscores that open or close emphasis; the ones inside a word (snake_case) stay. */
const underscores = /(^|[^\p{L}\p{N}_])_+|_+(?=[^\p{L}\p{N}_]|$)/gu;
const whitespace = /\s+/g;

export function plainSnippet(marked: string): string {
  return marked
    .replace(images, '$1')
    .replace(links, '$1')
    .replace(referenceLinks, '$1')
    .replace(autolinks, '$1')
    .replace(rules, ' ')
    .replace(emphasis, '')
    .replace(underscores, '$1')
    .replace(lineStarts, ' ')
    .replace(whitespace, ' ')
    .trim();
}

