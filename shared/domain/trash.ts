// Recently deleted: what can be put in the trash, how long it stays, and the schemas the trash crosses the boundary with.
import { z } from 'zod';
import { DAY_MS, timestampSchema } from './dates';

/** How long a deleted item waits in Recently deleted before the core's housekeeping deletes it for good. */
export const TRASH_RETENTION_DAYS = 30;

export const trashKinds = ['reflection', 'experiment', 'value', 'person', 'place', 'prompt'] as const;
export const trashKindSchema = z.enum(trashKinds);
export type TrashKind = z.infer<typeof trashKindSchema>;

/** Ids are uuids, except prompts, whose built-in ids are short names. */
export const trashRefSchema = z.strictObject({ kind: trashKindSchema, id: z.string().min(1).max(80) });
export type TrashRef = z.infer<typeof trashRefSchema>;

export const trashItemSchema = z.object({
  kind: trashKindSchema,
  id: z.string(),
  /** What the list shows: the title, label, name or the start of the text. */
  title: z.string(),
  /** A second line: the entry's date, the experiment a person belongs to. */
  detail: z.string(),
  deletedAt: timestampSchema,
  /** When housekeeping deletes it for good. */
  purgeAt: timestampSchema,
});
export type TrashItem = z.infer<typeof trashItemSchema>;

/** A tombstone: kept for every deletion, after the item itself is gone, so sync can tell deleted from never seen. */
export const tombstoneSchema = z.object({ kind: trashKindSchema, id: z.string().min(1).max(80), deletedAt: timestampSchema });
export type Tombstone = z.infer<typeof tombstoneSchema>;

export function purgeTime(deletedAt: string): string {
  return new Date(Date.parse(deletedAt) + TRASH_RETENTION_DAYS * DAY_MS).toISOString();
}

/** Items deleted before this instant are due to be deleted for good. */
export function purgeCutoff(now: Date): string {
  return new Date(now.getTime() - TRASH_RETENTION_DAYS * DAY_MS).toISOString();
}
