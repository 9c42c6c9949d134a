// A reflection: a dated Markdown journal entry with its ratings and links. Schemas for the process boundary.
import { z } from 'zod';
import { codePointCount, lineTextSchema, multiLineTextSchema } from './text';
import { calendarDateSchema, timestampSchema } from './dates';
import { ratingSchema } from './paging';

export const MAX_TITLE_LENGTH = 300;
/** Generous on purpose: a long-form entry must never be refused for its size. */
export const MAX_BODY_LENGTH = 20_000_000;
/**
 * Counted in code points, not graphemes like the other limits: the tags table's check (migration 0002, frozen) counts
 * them, and relaxing it would mean rebuilding the tags and links tables with their search triggers.
 */
export const MAX_TAG_LENGTH = 60;
export const MAX_LINKS = 100;

export const reflectionIdSchema = z.uuid();
const linkedIdSchema = z.uuid();

/** A tag's length as the journal stores it (an export holds the same). */
export const tagLengthSchema = z
  .string()
  .min(1, 'A tag needs at least one character')
  .refine((name) => codePointCount(name) <= MAX_TAG_LENGTH, `At most ${MAX_TAG_LENGTH} characters (an emoji made of several counts as more)`)
  // JSON Schema's maxLength counts code points too, so the published schema states the rule exactly.
  .meta({ maxLength: MAX_TAG_LENGTH });

/** A tag as typed: trimmed, inner whitespace collapsed, never empty. */
export const tagNameSchema = lineTextSchema()
  .transform((name) => name.trim().replace(/\s+/g, ' '))
  .pipe(tagLengthSchema);

export const reflectionSchema = z.object({
  id: reflectionIdSchema,
  entryDate: calendarDateSchema,
  title: z.string(),
  body: z.string(),
  promptId: z.string().nullable(),
  energy: ratingSchema.nullable(),
  engagement: ratingSchema.nullable(),
  tags: z.array(z.string()),
  valueIds: z.array(z.string()),
  experimentIds: z.array(z.string()),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Reflection = z.infer<typeof reflectionSchema>;

const linkShape = {
  promptId: z.string().min(1).max(80).nullable().optional(),
  energy: ratingSchema.nullable().optional(),
  engagement: ratingSchema.nullable().optional(),
  tags: z.array(tagNameSchema).max(MAX_LINKS).optional(),
  valueIds: z.array(linkedIdSchema).max(MAX_LINKS).optional(),
  experimentIds: z.array(linkedIdSchema).max(MAX_LINKS).optional(),
};

export const reflectionDraftSchema = z.strictObject({
  entryDate: calendarDateSchema,
  title: lineTextSchema(MAX_TITLE_LENGTH).default(''),
  body: multiLineTextSchema(MAX_BODY_LENGTH).default(''),
  ...linkShape,
});
export type ReflectionDraft = z.output<typeof reflectionDraftSchema>;

/** One reflection logged as (or taken out of) one experiment's evidence. */
export const evidenceLinkSchema = z.strictObject({ reflectionId: reflectionIdSchema, experimentId: linkedIdSchema, linked: z.boolean() });

export const reflectionPatchSchema = z.strictObject({
  id: reflectionIdSchema,
  entryDate: calendarDateSchema.optional(),
  title: lineTextSchema(MAX_TITLE_LENGTH).optional(),
  body: multiLineTextSchema(MAX_BODY_LENGTH).optional(),
  ...linkShape,
  /** The editor's name for this opening of the entry: the core keeps one history version per editing session. */
  editSession: z.uuid().optional(),
});
export type ReflectionPatch = z.output<typeof reflectionPatchSchema>;

/** Keyset cursor: the last row's entry date, creation time and id, so paging never skips or repeats. */
export const reflectionCursorSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}\|[0-9T:.Z-]{20,30}\|[0-9a-f-]{36}$/i,
    'Expected a cursor returned by a previous page',
  );

export const reflectionFilterShape = {
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  tag: tagNameSchema.optional(),
  valueId: linkedIdSchema.optional(),
  experimentId: linkedIdSchema.optional(),
};

export const reflectionListInputSchema = z.strictObject({
  limit: z.number().int().min(1).max(200).default(50),
  cursor: reflectionCursorSchema.optional(),
  ...reflectionFilterShape,
});
export type ReflectionListInput = z.output<typeof reflectionListInputSchema>;

export const reflectionPageSchema = z.object({
  items: z.array(reflectionSchema),
  nextCursor: reflectionCursorSchema.nullable(),
});
export type ReflectionPage = z.infer<typeof reflectionPageSchema>;

export const calendarInputSchema = z.strictObject({ from: calendarDateSchema, to: calendarDateSchema });
export const calendarDaySchema = z.object({
  date: calendarDateSchema,
  count: z.number().int().min(1),
  /** How many of the day's entries are reviews (tagged `review`), when any are. */
  reviews: z.number().int().min(1).optional(),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export const tagSummarySchema = z.object({ id: z.number().int(), name: z.string(), count: z.number().int().min(0) });
export type TagSummary = z.infer<typeof tagSummarySchema>;
export const tagRenameSchema = z.strictObject({ id: z.number().int(), name: tagNameSchema });
export const tagMergeSchema = z.strictObject({
  sourceIds: z.array(z.number().int()).min(1).max(MAX_LINKS),
  targetId: z.number().int(),
});

/** True for an entry that holds nothing a person wrote or chose: no words, no tags, values, ratings or experiments. */
export function isBlankReflection(reflection: Reflection): boolean {
  return (
    reflection.title.trim() === '' &&
    reflection.body.trim() === '' &&
    reflection.energy === null &&
    reflection.engagement === null &&
    reflection.tags.length === 0 &&
    reflection.valueIds.length === 0 &&
    reflection.experimentIds.length === 0
  );
}
