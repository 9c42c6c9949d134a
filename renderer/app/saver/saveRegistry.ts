// Every live saver in the page by key, so one flush reaches them all (page hidden or closing, the desktop window
// closing) and a refetch can ask whether a field still holds edits not yet saved before overwriting it.
import type { Autosaver } from './autosave';

interface Entry {
  key: string;
  saver: Autosaver<object>;
}

const entries = new Set<Entry>();

/** Adds a saver under a key such as `experiment:<id>`; the returned function removes it. */
export function registerSaver(key: string, saver: Autosaver<object>): () => void {
  const entry = { key, saver };
  entries.add(entry);
  return () => void entries.delete(entry);
}

function withKey(key: string): Entry[] {
  return [...entries].filter((entry) => entry.key === key);
}

/**
 * True while the surface saving under `key` has edits the core has not confirmed (for one field when `field` is given).
 * A store refetching after a change event keeps its local value for such fields instead of overwriting what was typed.
 */
export function hasUnsavedEdits(key: string, field?: string): boolean {
  return withKey(key).some(({ saver }) => saver.hasUnsaved() && (field === undefined || Object.hasOwn(saver.unsaved(), field)));
}

/** The unsaved edits under `key`, newest saver last, merged field by field. */
export function unsavedEdits(key: string): Record<string, unknown> {
  return Object.assign({}, ...withKey(key).map(({ saver }) => saver.unsaved())) as Record<string, unknown>;
}

/**
 * Resolves true once every saver's edits are stored, false if any could not be saved (its retries go on). `urgent`
 * is for a page being torn down: the edits go out at once instead of after the saves in flight.
 */
export async function flushAllSavers({ urgent = false } = {}): Promise<boolean> {
  const results = await Promise.all([...entries].map(({ saver }) => (urgent ? saver.flushUrgently() : saver.flush())));
  return results.every(Boolean);
}

/** How many characters the unsaved edits would take to send, to know whether a closing tab can still send them. */
export function unsavedSize(): number {
  let size = 0;
  for (const { saver } of entries) if (saver.hasUnsaved()) size += JSON.stringify(saver.unsaved()).length;
  return size;
}

/** Edits a surface had not saved when the journal stopped taking writes, as words a person can copy elsewhere. */
export interface StrandedEdits {
  key: string;
  text: string;
}

/** Every saver's unsaved edits as plain text (one line per field, words as typed), for when they can no longer be saved. */
export function strandedEdits(): StrandedEdits[] {
  return [...entries]
    .filter(({ saver }) => saver.hasUnsaved())
    .map(({ key, saver }) => ({ key, text: describeEdits(saver.unsaved()) }))
    .filter(({ text }) => text !== '');
}

function describeEdits(edits: object): string {
  return Object.entries(edits)
    .map(([field, value]) => {
      if (value === null || value === undefined || value === '') return '';
      const shown = typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : JSON.stringify(value);
      return `${field}: ${shown}`;
    })
    .filter((line) => line !== '')
    .join('\n');
}
