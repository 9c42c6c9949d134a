// Sync as the app sees it: setting it up on a folder, this computer's name, and the status Settings → Sync shows.
import { z } from 'zod';
import { jobIdSchema } from '../progress';
import { enteredPassphraseSchema, passphraseSchema } from './security';

/** A folder on this computer: an absolute path (POSIX, a Windows drive, or a UNC share), never a relative one. */
export const syncFolderSchema = z
  .string()
  .trim()
  .min(1, 'Choose the folder to sync through')
  .max(4096)
  .refine((folder) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(folder), 'Give the whole path of the folder, from the top of the disk')
  .refine((folder) => !folder.includes('\0'), 'That is not a folder path');

export const syncDeviceNameSchema = z.string().trim().min(1, 'Give this computer a name').max(100, 'Keep the name under 100 characters');

/**
 * `start` makes a new sync folder (its key file) under a new passphrase; `join` opens one another computer made, and
 * is refused when the passphrase does not match its verifier. The passphrase never leaves the core or enters a log.
 */
export const syncSetUpSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('start'), folder: syncFolderSchema, deviceName: syncDeviceNameSchema, passphrase: passphraseSchema, jobId: jobIdSchema.optional() }),
  z.strictObject({ mode: z.literal('join'), folder: syncFolderSchema, deviceName: syncDeviceNameSchema, passphrase: enteredPassphraseSchema, jobId: jobIdSchema.optional() }),
]);
export type SyncSetUp = z.infer<typeof syncSetUpSchema>;

export const syncDeviceSchema = z.object({
  device: z.string(),
  name: z.string(),
  /** When that computer last wrote to the sync folder (its own clock); null for this computer before its first file. */
  lastSeen: z.string().nullable(),
  thisComputer: z.boolean(),
});

export const syncConflictSchema = z.object({
  reflectionId: z.string(),
  versionId: z.string(),
  keptAt: z.iso.datetime(),
});
export type SyncConflict = z.infer<typeof syncConflictSchema>;

export const syncStatusSchema = z.object({
  /** off: not set up here; on: syncing; paused: set up, not syncing; locked: set up, waiting for the journal's unlock. */
  state: z.enum(['off', 'on', 'paused', 'locked']),
  folder: z.string().nullable(),
  deviceName: z.string().nullable(),
  devices: z.array(syncDeviceSchema),
  /** When this computer last finished a sync pass; null before the first since the app started. */
  lastSync: z.iso.datetime().nullable(),
  /** Changes made here not yet written to the sync folder. */
  pendingOut: z.number().int().min(0),
  /** Files other computers wrote that are not applied yet (waiting for an earlier file, or not opening). */
  pendingIn: z.number().int().min(0),
  /** Files in the sync folder that did not open (damaged, incomplete, another passphrase): reported, never applied. */
  rejected: z.array(z.string()),
  /** Entries edited on two computers whose edits could not be merged, waiting for the person's review. */
  conflicts: z.array(syncConflictSchema),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;
