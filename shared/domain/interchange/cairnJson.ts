// Cairn's own export format (versioned): everything a journal holds, in one JSON document, and its parser.
import { z } from 'zod';
import { AppError } from '../../errors';
import { timestampSchema } from '../dates';
import { validationError } from './validationMessage';

export const CAIRN_EXPORT_FORMAT_VERSION = 1;

const idSchema = z.string().min(1).max(200);
/** z.iso.date checks real calendar days (leap years included) and, unlike a refinement, shows up in the JSON Schema. */
const calendarDateSchema = z.iso.date();
const ratingSchema = z.number().int().min(1).max(5).describe('1 (low) to 5 (high)');
const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour as #rrggbb');

export const exportedReflectionSchema = z.object({
  id: idSchema,
  entryDate: calendarDateSchema.describe('The day the reflection is about, YYYY-MM-DD in the writer’s time zone'),
  title: z.string(),
  body: z.string().describe('Markdown'),
  promptId: idSchema.optional(),
  energy: ratingSchema.optional(),
  engagement: ratingSchema.optional(),
  tags: z.array(z.string().min(1)),
  valueIds: z.array(idSchema),
  experimentIds: z.array(idSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const exportedValueSchema = z.object({
  id: idSchema,
  label: z.string().min(1).describe('A present-tense verb phrase, e.g. "Teaching"'),
  description: z.string(),
  colour: colourSchema,
  order: z.number().int().min(0),
  archivedAt: timestampSchema.optional(),
});

export const vennLayoutSchema = z
  .object({
    circles: z.array(
      z.object({ valueId: idSchema, x: z.number(), y: z.number(), radius: z.number().positive() }),
    ),
  })
  .describe('Where each value’s circle sits in the Venn diagram');

export const exportedStrategySchema = z.object({
  aspiration: z.string().describe('The most gratifying work, described without a job title'),
  strengths: z.string(),
  impact: z.string(),
  layout: vennLayoutSchema,
});

export const exportedStrategyVersionSchema = z.object({
  id: idSchema,
  createdAt: timestampSchema,
  note: z.string().describe('What changed and why'),
  aspiration: z.string(),
  values: z.array(exportedValueSchema.pick({ id: true, label: true, description: true, colour: true })),
  layout: vennLayoutSchema,
});

export const exportedPersonSchema = z.object({
  name: z.string().min(1),
  role: z.string().optional(),
  organisation: z.string().optional(),
  notes: z.string().optional(),
});

export const exportedPlaceSchema = z.object({
  name: z.string().min(1),
  online: z.boolean(),
  url: z.string().optional(),
  notes: z.string().optional(),
});

export const experimentStatuses = ['planned', 'running', 'completed', 'dropped'] as const;

export const exportedExperimentSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  kind: z.string().min(1).describe('e.g. conversation, side project, course, volunteering, event'),
  hypothesis: z.string(),
  successCriteria: z.string(),
  stopCriteria: z.string(),
  plannedStart: calendarDateSchema.optional(),
  plannedEnd: calendarDateSchema.optional(),
  actualStart: calendarDateSchema.optional(),
  actualEnd: calendarDateSchema.optional(),
  status: z.enum(experimentStatuses),
  dropReason: z.string().optional(),
  outcome: z.string(),
  learning: z.string(),
  energy: ratingSchema.optional(),
  engagement: ratingSchema.optional(),
  valueIds: z.array(idSchema),
  people: z.array(exportedPersonSchema),
  places: z.array(exportedPlaceSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const exportedPromptSchema = z.object({
  id: idSchema,
  text: z.string().min(1),
  theme: z.string(),
  builtIn: z.boolean(),
  archivedAt: timestampSchema.optional(),
});

export const exportedSettingsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const cairnExportSchema = z
  .object({
    formatVersion: z.literal(CAIRN_EXPORT_FORMAT_VERSION),
    exportedAt: timestampSchema,
    appVersion: z.string().min(1),
    reflections: z.array(exportedReflectionSchema),
    values: z.array(exportedValueSchema),
    strategy: exportedStrategySchema.nullable().describe('The current draft strategy, or null before one exists'),
    strategyVersions: z.array(exportedStrategyVersionSchema),
    experiments: z.array(exportedExperimentSchema),
    prompts: z.array(exportedPromptSchema),
    settings: exportedSettingsSchema,
  })
  .meta({ title: 'Cairn export', description: 'Everything in a Cairn journal, as written by File › Export.' });
export type CairnExport = z.infer<typeof cairnExportSchema>;

/** Validates a parsed Cairn export; a missing or unknown format version is refused with a clear reason. */
export function parseCairnExport(document: unknown, what = 'This file'): CairnExport {
  const version = typeof document === 'object' && document !== null ? (document as Record<string, unknown>).formatVersion : undefined;
  if (version === undefined) {
    throw new AppError('VALIDATION', `${what} is not a Cairn export (it has no formatVersion), so nothing was imported.`);
  }
  if (version !== CAIRN_EXPORT_FORMAT_VERSION) {
    const newer = typeof version === 'number' && version > CAIRN_EXPORT_FORMAT_VERSION;
    throw new AppError(
      'VALIDATION',
      newer
        ? `${what} was exported by a newer Cairn (format ${version}); this version reads format ${CAIRN_EXPORT_FORMAT_VERSION}. Update Cairn to import it.`
        : `${what} has an unknown format version (${JSON.stringify(version)}); this version of Cairn reads format ${CAIRN_EXPORT_FORMAT_VERSION}.`,
    );
  }
  const result = cairnExportSchema.safeParse(document);
  if (!result.success) throw validationError(what, result.error);
  return result.data;
}
