// Drafts: what a person typed into a form whose row does not exist yet (a new experiment, person, note, check-in),
// kept by the core under a key so closing the window or a crash loses none of it.
import { z } from 'zod';

/** A surface names its draft `kind` or `kind:id` (the id of the row the draft belongs to, e.g. an experiment). */
export const draftKeySchema = z
  .string()
  .max(120)
  .regex(/^[a-z][a-z-]*(:[A-Za-z0-9-]{1,80})?$/, 'A draft key is a kind, optionally followed by “:” and an id');

/** Everything a form field holds: text, a number, a choice, a date or nothing, or a list of ids. */
const draftFieldSchema = z.union([
  z.string().max(1_000_000),
  z.number().finite(),
  z.boolean(),
  z.null(),
  z.array(z.string().max(200)).max(500),
]);

export const draftFieldsSchema = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/), draftFieldSchema)
  .refine((fields) => Object.keys(fields).length <= 40, 'A draft holds at most 40 fields');
export type DraftFields = z.infer<typeof draftFieldsSchema>;

export const draftSchema = z.object({ key: draftKeySchema, fields: draftFieldsSchema, updatedAt: z.string() });
export type Draft = z.infer<typeof draftSchema>;

/** Saving merges: fields not named keep what was stored, as with every other patch in the contract. */
export const draftSaveSchema = z.strictObject({ key: draftKeySchema, fields: draftFieldsSchema });
export const draftKeyInputSchema = z.strictObject({ key: draftKeySchema });
