// Day One exports Markdown with almost every punctuation mark backslash-escaped; undo the escapes that change nothing.

/**
 * Escapes removed when they are not needed. `* _ [ ] \` | ~ < \\` stay escaped (outside the intraword `_`
 * case) because removing them could turn literal text into emphasis, links, code or tables.
 */
const removableEscapes = new Set(['.', '!', '(', ')', '-', '+', '#', '>', '{', '}', '_', ':', ',', ';', '?', '=', '"', "'", '/', '%', '$', '@']);
/** At the start of a block these begin a list, heading, quote or setext underline, so their escape matters there. */
const blockStartMarkers = new Set(['-', '+', '#', '>', '=']);

/** Where a line's own content begins, after indentation, quote markers and list markers. */
function blockContentStart(line: string): number {
  return /^(?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]))*[ \t]*/.exec(line)?.[0].length ?? 0;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

function keepEscape(line: string, at: number, char: string, contentStart: number, previous: string | undefined): boolean {
  if (!removableEscapes.has(char)) return true;
  if (at === contentStart && blockStartMarkers.has(char)) return true;
  if ((char === '.' || char === ')') && at > contentStart && /^\d+$/.test(line.slice(contentStart, at))) return true;
  if (char === '_') return !(isWordChar(previous) && isWordChar(line[at + 2]));
  return false;
}

function unescapeLine(line: string): string {
  const contentStart = blockContentStart(line);
  // Four spaces or a tab among the markers make the content an indented code block, where backslashes are literal.
  if (/ {4}|\t/.test(line.slice(0, contentStart))) return line;
  if (!line.includes('\\')) return line;
  // A line of only pipes, colons and dashes could become a table's delimiter row once unescaped: leave it be.
  if (/^[ \t|:\\-]+$/.test(line) && line.includes('-')) return line;
  let out = '';
  let copiedUpTo = 0;
  const tokens = /\\([\s\S])|(`+)/g;
  for (let match = tokens.exec(line); match !== null; match = tokens.exec(line)) {
    const at = match.index;
    const run = match[2];
    if (run !== undefined) {
      // A code span runs to the next backtick run of the same length; inside it backslashes are literal.
      const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
      close.lastIndex = at + run.length;
      const end = close.exec(line);
      if (end) tokens.lastIndex = end.index + run.length;
      continue;
    }
    const char = match[1]!;
    if (keepEscape(line, at, char, contentStart, line[at - 1])) continue;
    out += line.slice(copiedUpTo, at) + char;
    copiedUpTo = at + 2;
  }
  return out + line.slice(copiedUpTo);
}

/** Day One Markdown with needless escapes removed; fenced and indented code and code spans are left untouched. */
export function unescapeDayOneMarkdown(text: string): string {
  let fence: string | null = null;
  return text
    .split('\n')
    .map((line) => {
      const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (fence !== null) {
        if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null;
        return line;
      }
      if (fenceMatch) {
        fence = fenceMatch[1]!;
        return line;
      }
      return unescapeLine(line);
    })
    .join('\n');
}

/**
 * Splits a leading "# Title" line off the body; an entry without one keeps its whole text as the body. A title is
 * plain text, so any escape still in it is removed.
 */
export function splitHeadingTitle(text: string, maxTitleLength: number): { title: string; body: string } {
  const match = /^\s*#[ \t]+([^\n]*?)[ \t#]*(?:\n|$)/.exec(text);
  const title = match?.[1]?.replace(/\\([!-/:-@[-`{-~])/g, '$1').trim() ?? '';
  if (!match || title.length === 0 || title.length > maxTitleLength) return { title: '', body: text.trim() };
  return { title, body: text.slice(match[0].length).trim() };
}

/** The kinds of media a Day One entry links with `dayone-moment:` (photos as `//id`, the rest as `/kind/id`). */
export type DayOneMomentKind = 'photos' | 'videos' | 'audio recordings' | 'PDFs' | 'other attachments';

const momentKinds: Record<string, DayOneMomentKind> = { video: 'videos', audio: 'audio recordings', pdfAttachment: 'PDFs' };

const momentReference = /!?\[[^\]\n]*\]\(dayone-moment:(\/\/|\/([A-Za-z]+)\/)[^)\s]*\)/g;

/**
 * Takes out Day One's media links (Cairn cannot show them), counting each kind; a line that held only links goes
 * with them, so no blank gap is left where a photo was.
 */
export function removeDayOneMoments(text: string): { text: string; moments: Map<DayOneMomentKind, number> } {
  const moments = new Map<DayOneMomentKind, number>();
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    let found = 0;
    const stripped = line.replace(momentReference, (_match, slashes: string, kind: string | undefined) => {
      const what: DayOneMomentKind = slashes === '//' ? 'photos' : (momentKinds[kind ?? ''] ?? 'other attachments');
      moments.set(what, (moments.get(what) ?? 0) + 1);
      found += 1;
      return '';
    });
    if (found === 0 || stripped.trim() !== '') kept.push(stripped);
  }
  return { text: moments.size === 0 ? text : kept.join('\n'), moments };
}
