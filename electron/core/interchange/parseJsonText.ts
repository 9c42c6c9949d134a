// JSON.parse with errors that name the file: probably cut short or not JSON at all, or holding a broken character.
import { describePath } from '../../../shared/domain/interchange/validationMessage';
import { loneSurrogateIndex, shortened } from '../../../shared/domain/text';
import { AppError } from '../../../shared/errors';

/** Text decoded from UTF-8 is always well formed: only a \uD800–\uDFFF escape can put half a pair into it. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}/;

/** Fields an entry is found by, in the formats Cairn reads (Day One, jrnl, Cairn). */
const FINDING_FIELDS = ['creationDate', 'date', 'entryDate', 'title'] as const;

/** The first string (or key) holding half of a surrogate pair, with its path and the nearest object it sits in. */
function findBrokenText(value: unknown, path: PropertyKey[] = [], holder?: object): { path: PropertyKey[]; holder?: object } | null {
  if (typeof value === 'string') return loneSurrogateIndex(value) === -1 ? null : { path, holder };
  if (typeof value !== 'object' || value === null) return null;
  const entries: Array<[PropertyKey, unknown]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof key === 'string' && loneSurrogateIndex(key) !== -1) return { path: [...path, key], holder: value };
    const found = findBrokenText(item, [...path, key], Array.isArray(value) ? holder : value);
    if (found) return found;
  }
  return null;
}

function entryHint(holder: object | undefined): string {
  if (!holder) return '';
  const record = holder as Record<string, unknown>;
  const known = FINDING_FIELDS.map((field) => record[field]).filter((field): field is string => typeof field === 'string' && loneSurrogateIndex(field) === -1);
  return known.length > 0 ? ` (the entry ${known.map((field) => JSON.stringify(shortened(field, 60))).join(', ')})` : '';
}

export function parseJsonText(text: string, what: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new AppError('VALIDATION', `${what} is not complete JSON; it may be truncated or damaged${detail}. Nothing was imported.`);
  }
  const broken = SURROGATE_ESCAPE.test(text) ? findBrokenText(parsed) : null;
  if (broken) {
    throw new AppError(
      'VALIDATION',
      `${what}: ${describePath(broken.path)}${entryHint(broken.holder)} holds a broken character (half of an emoji or symbol, such as \\ud800), which no journal can store. Nothing was imported; fix or remove that character and import again.`,
    );
  }
  return parsed;
}
