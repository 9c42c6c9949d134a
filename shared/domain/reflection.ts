// A reflection: a dated Markdown journal entry. Schemas for what crosses the process boundary.
import { z } from 'zod';
import { calendarDateSchema, timestampSchema } from './dates';

export const MAX_TITLE_LENGTH = 300;
/** Generous on purpose: a long-form entry must never be refused for its size. */
export const MAX_BODY_LENGTH = 20_000_000;

export const reflectionIdSchema = z.uuid();

export const reflectionSchema = z.object({
  id: reflectionIdSchema,
  entryDate: calendarDateSchema,
  title: z.string(),
  body: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Reflection = z.infer<typeof reflectionSchema>;

export const reflectionDraftSchema = z.strictObject({
  entryDate: calendarDateSchema,
  title: z.string().max(MAX_TITLE_LENGTH).default(''),
  body: z.string().max(MAX_BODY_LENGTH).default(''),
});

export const reflectionPatchSchema = z.strictObject({
  id: reflectionIdSchema,
  entryDate: calendarDateSchema.optional(),
  title: z.string().max(MAX_TITLE_LENGTH).optional(),
  body: z.string().max(MAX_BODY_LENGTH).optional(),
});

/** Keyset cursor: the last row's entry date, creation time and id, so paging never skips or repeats. */
export const reflectionCursorSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}\|[0-9T:.Z-]{20,30}\|[0-9a-f-]{36}$/i,
    'Expected a cursor returned by a previous page',
  );

export const reflectionListInputSchema = z.strictObject({
  limit: z.number().int().min(1).max(200).default(50),
  cursor: reflectionCursorSchema.optional(),
});

export const reflectionPageSchema = z.object({
  items: z.array(reflectionSchema),
  nextCursor: reflectionCursorSchema.nullable(),
});
export type ReflectionPage = z.infer<typeof reflectionPageSchema>;
