// Sync change records: what one device tells the others it changed, field by field, with its clock reading.
import { z } from 'zod';
import { deviceIdSchema, hlcTextSchema } from './hlc';

/** The kinds of record sync carries; a strategy version is appended once and never edited, so LWW never applies to it. */
export const syncKinds = ['reflection', 'value', 'experiment', 'person', 'place', 'prompt', 'strategy', 'strategyVersion', 'setting'] as const;
export const syncKindSchema = z.enum(syncKinds);
export type SyncKind = z.infer<typeof syncKindSchema>;

const recordIdSchema = z.string().min(1).max(200);
const fieldNameSchema = z.string().min(1).max(80);
/** A field's value as JSON: whatever the record's own schema says, checked again when it is applied to the journal. */
const fieldValueSchema = z.json();
export type SyncFieldValue = z.infer<typeof fieldValueSchema>;

const base = {
  kind: syncKindSchema,
  id: recordIdSchema,
  /** The change's clock reading; unique per change, since it ends with the device id and the device never reuses one. */
  hlc: hlcTextSchema,
  device: deviceIdSchema,
};

/** Structured fields set to new values: each field is last-writer-wins by clock on its own. */
export const fieldsChangeSchema = z.strictObject({
  ...base,
  type: z.literal('fields'),
  fields: z.record(fieldNameSchema, fieldValueSchema),
});

/** Links (tags, values, experiments, people) added or removed: set semantics, each member decided on its own. */
export const linksChangeSchema = z.strictObject({
  ...base,
  type: z.literal('links'),
  links: z
    .array(z.strictObject({ set: fieldNameSchema, member: z.string().min(1).max(200), present: z.boolean() }))
    .min(1)
    .max(10_000),
});

/**
 * A new version of a record's text (a reflection's title and body). `parents` are the versions it was written over:
 * one for an ordinary edit, none for the first text, and every head the writer saw when it edited a merged text.
 */
export const textChangeSchema = z.strictObject({
  ...base,
  type: z.literal('text'),
  versionId: recordIdSchema,
  parents: z.array(recordIdSchema).max(64),
  title: z.string(),
  body: z.string(),
});

/** A delete: it wins only over the changes its writer had seen (`seen`, the latest clock of that record it knew). */
export const deleteChangeSchema = z.strictObject({
  ...base,
  type: z.literal('delete'),
  seen: hlcTextSchema.nullable(),
});

export const syncChangeSchema = z.discriminatedUnion('type', [fieldsChangeSchema, linksChangeSchema, textChangeSchema, deleteChangeSchema]);
export type SyncChange = z.infer<typeof syncChangeSchema>;
export type TextChange = z.infer<typeof textChangeSchema>;

/** The key a record is merged under: a kind and an id together, since ids of two kinds may collide. */
export function recordKey(change: Pick<SyncChange, 'kind' | 'id'>): string {
  return `${change.kind}/${change.id}`;
}
