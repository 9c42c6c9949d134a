// What the core tells the renderer after a write: which aggregates changed and, where known, which of their rows.
import { z } from 'zod';

/**
 * The parts of the journal a view may show. 'journal' means everything at once (an import, a restore, an unlock):
 * every view refetches.
 */
export const aggregateNames = [
  'reflections',
  'tags',
  'values',
  'strategy',
  'versions',
  'experiments',
  'prompts',
  'settings',
  'trash',
  // What was typed into a form whose row does not exist yet; only the surface that typed it shows it.
  'drafts',
  // Whether the journal is open or locked; no table. Its one named row, LOCK_DUE, is an auto-lock about to happen.
  'security',
  // Sync's own state: the folder, the devices seen, what is waiting (electron/core/sync).
  'sync',
  // Photos and files stored for entries (electron/core/repos/attachmentsRepo.ts); immutable, so only adds and removals.
  'attachments',
  'journal',
] as const;
export type Aggregate = (typeof aggregateNames)[number];

/**
 * The `security` change that says an auto-lock is due: the page saves what is typed, then locks (electron/core/autoLock.ts).
 */
export const LOCK_DUE = 'lock-due';

const rowIds = z.array(z.string().max(200)).max(10_000);

export const coreChangeSchema = z.object({
  aggregates: z.array(z.enum(aggregateNames)).min(1),
  /** Rows known to have changed, per aggregate; an aggregate listed above without ids may have changed anywhere. */
  ids: z.partialRecord(z.enum(aggregateNames), rowIds),
});
export type CoreChange = z.infer<typeof coreChangeSchema>;

/** True when a view showing `watched` must refetch: one of them changed, or the whole journal did. */
export function touches(change: CoreChange, watched: readonly Aggregate[]): boolean {
  return change.aggregates.some((aggregate) => aggregate === 'journal' || watched.includes(aggregate));
}

/** The rows of `aggregate` the change names: [] when it did not change, null when any of its rows may have. */
export function changedIds(change: CoreChange, aggregate: Aggregate): readonly string[] | null {
  if (change.aggregates.includes('journal')) return null;
  if (!change.aggregates.includes(aggregate)) return [];
  return change.ids[aggregate] ?? null;
}

/**
 * True when the change lists `aggregate` and names none of its rows: the operation can write it and this time did not
 * (an entry's text saved without its tags), so a view of that aggregate alone need not refetch.
 */
export function leftUnchanged(change: CoreChange, aggregate: Aggregate): boolean {
  return changedIds(change, aggregate)?.length === 0 && change.aggregates.includes(aggregate);
}
