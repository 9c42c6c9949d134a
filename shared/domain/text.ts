// Text as typed crosses the boundary whole: no NUL or other control characters (tab is allowed, newlines only in
// multi-line text), no half of a surrogate pair, and limits counted in graphemes, so an emoji is one character and a
// limit never splits one.
import { z } from 'zod';

const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;
const DELETE = 127;
/** A grapheme can be long (a family emoji is 11 code units); this bounds the code units a limit lets through. */
const MAX_UNITS_PER_GRAPHEME = 16;

function hasControlCharacter(text: string, multiLine: boolean): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === DELETE) return true;
    if (code >= 32 || code === TAB) continue;
    if (multiLine && (code === LINE_FEED || code === CARRIAGE_RETURN)) continue;
    return true;
  }
  return false;
}

/** With the `u` flag a paired surrogate reads as one code point, so only an unpaired half matches. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Where the text holds half of a surrogate pair (which no file can store), or -1 when it is well formed. */
export function loneSurrogateIndex(text: string): number {
  const match = LONE_SURROGATE.exec(text);
  return match ? match.index : -1;
}

let segmenter: Intl.Segmenter | undefined;
function graphemes(text: string): Iterable<Intl.SegmentData> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter.segment(text);
}

/** How many characters a person sees: grapheme clusters, not UTF-16 code units. */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemes(text)) count += 1;
  return count;
}

/** How many Unicode code points the text holds: what SQLite's length() counts. */
export function codePointCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * The text cut to at most `max` graphemes, never inside one; with `codePoints`, to whole graphemes holding at most
 * `max` code points (for a column whose check counts them).
 */
export function truncateGraphemes(text: string, max: number, units: 'graphemes' | 'codePoints' = 'graphemes'): string {
  if (text.length <= max) return text;
  let count = 0;
  for (const { index, segment } of graphemes(text)) {
    const next = count + (units === 'graphemes' ? 1 : codePointCount(segment));
    if (next > max) return text.slice(0, index);
    count = next;
  }
  return text;
}

/** Whether the text is within `max` graphemes (and a bounded number of code units). */
export function withinGraphemes(text: string, max: number): boolean {
  if (text.length <= max) return true;
  return text.length <= max * MAX_UNITS_PER_GRAPHEME && graphemeCount(text) <= max;
}

const characters = (max: number) => (max === 1 ? '1 character' : `${max.toLocaleString('en')} characters`);
const BROKEN_CHARACTER = 'This text holds a broken character (half of an emoji or symbol); retype it';

function checkedText(multiLine: boolean, max: number | undefined) {
  let schema = z
    .string()
    .refine(
      (text) => !hasControlCharacter(text, multiLine),
      multiLine ? 'Remove the control characters (such as NUL) from this text' : 'Remove the control characters (such as NUL or a line break) from this text',
    )
    .refine((text) => loneSurrogateIndex(text) === -1, BROKEN_CHARACTER);
  if (max !== undefined) schema = schema.refine((text) => withinGraphemes(text, max), `At most ${characters(max)}`);
  return schema;
}

/** A name, label or title: one line, at most `max` characters when given. */
export const lineTextSchema = (max?: number) => checkedText(false, max);

/** Notes, bodies, descriptions: lines and tabs allowed, other control characters refused; at most `max` characters. */
export const multiLineTextSchema = (max?: number) => checkedText(true, max);


/** The text cut to at most `max` characters, ending in an ellipsis when cut, never inside a character. */
export function shortened(text: string, max: number): string {
  if (withinGraphemes(text, max)) return text;
  return `${truncateGraphemes(text, max - 1).trimEnd()}…`;
}
