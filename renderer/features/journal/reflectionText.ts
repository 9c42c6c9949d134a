// Display helpers for reflections: a list title, a one-line excerpt, readable dates.
import { shortened } from '../../../shared/domain/text';
import type { Reflection } from '../../../shared/domain/reflection';

export function displayTitle(reflection: Pick<Reflection, 'title' | 'body'>): string {
  const title = reflection.title.trim();
  if (title) return title;
  const firstLine = reflection.body.split('\n').find((line) => line.trim().length > 0);
  return firstLine ? plainText(firstLine).trim().slice(0, 80) : 'Untitled reflection';
}

/** Markdown as it reads: link text without the address, no emphasis marks, heading hashes or quote markers. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|~~|`)(?=\S)([^]*?\S)\1/g, '$2');
}

export function excerpt(reflection: Pick<Reflection, 'title' | 'body'>, length = 120): string {
  const text = plainText(reflection.body).replace(/\s+/g, ' ').trim();
  const withoutTitle = reflection.title.trim() ? text : text.slice(displayTitle(reflection).length).trim();
  return shortened(withoutTitle, length);
}

/** An entry's day and a moment, worded as every view words them (renderer/ui/dates). */
export { formatDay as formatEntryDateShort, formatDateTime as formatTimestamp } from '../../ui/dates';
