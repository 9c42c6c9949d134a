// Entry history: a reflection's earlier texts, when a new version starts, and which old versions are pruned.
import { z } from 'zod';
import { DAY_MS, timestampSchema } from './dates';

/** A version holds at most this much continuous typing; a longer session is cut into several versions. */
export const VERSION_SPAN_MS = 10 * 60 * 1000;

export const versionOrigins = ['original', 'edit', 'restore'] as const;

export const reflectionVersionSchema = z.object({
  id: z.uuid(),
  reflectionId: z.uuid(),
  /** The version this one was written over; null for the first. */
  parentId: z.uuid().nullable(),
  title: z.string(),
  body: z.string(),
  /** 'original': the text before history began; 'edit': an editing session; 'restore': an earlier text brought back. */
  origin: z.enum(versionOrigins),
  /** The version a restore brought back. */
  restoredFrom: z.uuid().nullable(),
  startedAt: timestampSchema,
  savedAt: timestampSchema,
});
export type ReflectionVersion = z.infer<typeof reflectionVersionSchema>;

export const historyInputSchema = z.strictObject({ id: z.uuid() });
export const restoreVersionSchema = z.strictObject({ id: z.uuid(), versionId: z.uuid() });

export interface HeadVersion {
  origin: ReflectionVersion['origin'];
  session: string | null;
  startedAt: string;
}

/**
 * Whether a save continues the newest version instead of starting one: the same editing session (the editor names
 * one each time an entry is opened; callers without one share a null session), begun under VERSION_SPAN_MS ago,
 * and an edit (an original or a restored text stays as it was).
 */
export function continuesVersion(head: HeadVersion, session: string | null, now: Date): boolean {
  return head.origin === 'edit' && head.session === session && now.getTime() - Date.parse(head.startedAt) < VERSION_SPAN_MS;
}

/** Every version saved this recently is kept. */
export const KEEP_ALL_DAYS = 14;
/** Older than KEEP_ALL_DAYS and up to this age, the last version of each day is kept; older still, of each month. */
export const KEEP_DAILY_DAYS = 365;

/**
 * The pruning policy, as the README states it: all versions of the last 14 days; then the last of each (UTC) day up
 * to a year old; then the last of each month; and always the first version, so the text a reflection started from
 * is never lost. Takes versions oldest first and returns the ids to drop.
 */
export function versionsToPrune(versions: readonly { id: string; savedAt: string }[], now: Date): string[] {
  const keep = new Set<string>();
  const lastOfBucket = new Map<string, string>();
  versions.forEach((version, index) => {
    const age = now.getTime() - Date.parse(version.savedAt);
    if (index === 0 || age < KEEP_ALL_DAYS * DAY_MS) {
      keep.add(version.id);
      return;
    }
    const bucket = age < KEEP_DAILY_DAYS * DAY_MS ? version.savedAt.slice(0, 10) : version.savedAt.slice(0, 7);
    // Oldest first, so the last one seen in a bucket is its newest.
    lastOfBucket.set(bucket, version.id);
  });
  for (const id of lastOfBucket.values()) keep.add(id);
  return versions.filter((version) => !keep.has(version.id)).map((version) => version.id);
}
