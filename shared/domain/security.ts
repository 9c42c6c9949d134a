// The journal's lock state and backups, as the renderer sees them.
import { z } from 'zod';

/** Long enough to resist guessing; the cipher's key derivation does the rest. */
export const MIN_PASSPHRASE_LENGTH = 8;
export const passphraseSchema = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, `A passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`)
  .max(1024);
/** What is typed to unlock is checked by the cipher, not by length rules that may have changed. */
export const enteredPassphraseSchema = z.string().min(1, 'Enter your passphrase').max(1024);

export const backupSchema = z.object({
  name: z.string(),
  createdAt: z.iso.datetime(),
  reason: z.enum(['daily', 'manual', 'pre-migration', 'pre-restore']),
  sizeBytes: z.number().int().min(0),
});
export type Backup = z.infer<typeof backupSchema>;
export const backupNameSchema = z.string().regex(/^cairn-[0-9TZ-]+-(daily|manual|pre-migration|pre-restore)\.db$/, 'Expected a backup name Cairn listed');

export const securityStatusSchema = z.object({
  state: z.enum(['open', 'locked', 'corrupt']),
  encrypted: z.boolean(),
  autoLockMinutes: z.number().int().min(0),
  problem: z.string().nullable(),
  /** When the journal is damaged: the newest backup that passes a full integrity check. */
  suggestedBackup: backupSchema.nullable(),
});
export type SecurityStatus = z.infer<typeof securityStatusSchema>;
