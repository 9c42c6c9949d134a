// The neutral shape every importer produces: entries ready to become reflections, plus what could not be read.
import { z } from 'zod';
import { calendarDateSchema, timestampSchema } from '../dates';
import { MAX_TITLE_LENGTH } from '../reflection';
import { defaultImportLimits } from './importLimits';

export const importSources = ['cairn-json', 'day-one', 'jrnl', 'markdown'] as const;
export const importSourceSchema = z.enum(importSources);
export type ImportSource = z.infer<typeof importSourceSchema>;

/** Longest value label or experiment title an entry may name; longer names are reported and not linked. */
export const MAX_LINKED_NAME_LENGTH = 200;
export const MAX_LINKED_PROMPT_LENGTH = 2000;

export const importEntrySchema = z.strictObject({
  /** The source's own id (Day One uuid, Cairn id), when it has one. */
  externalId: z.string().min(1).max(200).optional(),
  /** The calendar day of the entry, in the entry's own time zone when the source records one. */
  entryDate: calendarDateSchema,
  createdAt: timestampSchema,
  title: z.string().max(MAX_TITLE_LENGTH),
  body: z.string().max(defaultImportLimits.maxEntryChars),
  tags: z.array(z.string().min(1).max(200)),
  starred: z.boolean().optional(),
  /** When the source last changed the entry, when it records that. */
  updatedAt: timestampSchema.optional(),
  energy: z.number().int().min(1).max(5).optional(),
  engagement: z.number().int().min(1).max(5).optional(),
  timeZone: z.string().min(1).max(100).optional(),
  /** Values, experiments and the prompt the source names (Cairn's Markdown front matter), linked by name on import. */
  values: z.array(z.string().min(1).max(MAX_LINKED_NAME_LENGTH)).optional(),
  experiments: z.array(z.string().min(1).max(MAX_LINKED_NAME_LENGTH)).optional(),
  prompt: z.string().min(1).max(MAX_LINKED_PROMPT_LENGTH).optional(),
});
export type ImportEntry = z.infer<typeof importEntrySchema>;

export const importProblemSchema = z.strictObject({
  /** Which file or entry the problem is in, in words a person can find it by. */
  where: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** A kind of data the source holds that Cairn does not keep (yet), with how many there were: said, never dropped quietly. */
export const importLeftOutSchema = z.strictObject({
  /** Plural words a person reads ("photos", "locations"). */
  what: z.string().min(1).max(100),
  count: z.number().int().min(1),
});
export type ImportLeftOut = z.infer<typeof importLeftOutSchema>;

export const importBatchSchema = z.strictObject({
  source: importSourceSchema,
  entries: z.array(importEntrySchema),
  problems: z.array(importProblemSchema),
  leftOut: z.array(importLeftOutSchema).optional(),
});
export type ImportBatch = z.infer<typeof importBatchSchema>;
