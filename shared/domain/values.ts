// A personal value, named as a verb phrase ("making things people use"), with a colour and an order.
import { z } from 'zod';
import { lineTextSchema, multiLineTextSchema } from './text';
import { timestampSchema } from './dates';

export const valueIdSchema = z.uuid();
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour such as #3d6b4f');

export const valueSchema = z.object({
  id: valueIdSchema,
  label: z.string(),
  description: z.string(),
  colour: colourSchema,
  position: z.number().int(),
  archivedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Value = z.infer<typeof valueSchema>;

const labelSchema = lineTextSchema(120).trim().min(1, 'A value needs a label');

export const valueDraftSchema = z.strictObject({
  label: labelSchema,
  description: multiLineTextSchema(4000).default(''),
  colour: colourSchema.default('#3d6b4f'),
});
export type ValueDraft = z.output<typeof valueDraftSchema>;

export const valuePatchSchema = z.strictObject({
  id: valueIdSchema,
  label: labelSchema.optional(),
  description: multiLineTextSchema(4000).optional(),
  colour: colourSchema.optional(),
  archived: z.boolean().optional(),
});
export type ValuePatch = z.output<typeof valuePatchSchema>;

export const valueListInputSchema = z.strictObject({ includeArchived: z.boolean().default(false) });
export const valueReorderSchema = z.strictObject({ ids: z.array(valueIdSchema).min(1).max(500) });
