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
  /** Encrypted backups need the passphrase they were made with to be restored. */
  encrypted: z.boolean(),
  /** How many entries it holds; null when it cannot be read without a passphrase not known yet. */
  entries: z.number().int().min(0).nullable(),
});
export type Backup = z.infer<typeof backupSchema>;
export const backupNameSchema = z.string().regex(/^cairn-[0-9TZ-]+-(daily|manual|pre-migration|pre-restore)\.db$/, 'Expected a backup name Cairn listed');

/** Why a journal cannot be opened: its file is damaged, gone, empty, or a database that is not Cairn's. */
export const problemKindSchema = z.enum(['damaged', 'missing', 'empty', 'foreign']);
export type ProblemKind = z.infer<typeof problemKindSchema>;

/** A passphrase operation a crash interrupted, and whether the journal ended up before it ('undone') or after it. */
export const interruptedOperationSchema = z.object({
  operation: z.enum(['set', 'change', 'remove']),
  outcome: z.enum(['finished', 'undone']),
});
export type InterruptedOperation = z.infer<typeof interruptedOperationSchema>;

export const securityStatusSchema = z.object({
  state: z.enum(['open', 'locked', 'corrupt']),
  encrypted: z.boolean(),
  autoLockMinutes: z.number().int().min(0),
  problem: z.string().nullable(),
  problemKind: problemKindSchema.nullable(),
  /** When the journal cannot be opened: the newest backup that passes a full integrity check. */
  suggestedBackup: backupSchema.nullable(),
  interrupted: interruptedOperationSchema.nullable(),
  /** A one-line notice from opening, e.g. that the data folder was made private. */
  notice: z.string().nullable(),
});
export type SecurityStatus = z.infer<typeof securityStatusSchema>;
