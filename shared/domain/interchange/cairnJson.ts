// Cairn's own export format (versioned): everything a journal holds, in one JSON document, and its parser.
import { z } from 'zod';
import { AppError } from '../../errors';
import { timestampSchema } from '../dates';
import { experimentKinds, experimentStatuses, placeModes } from '../experiment';
import { reflectionVersionSchema } from '../reflectionHistory';
import { tagLengthSchema } from '../reflection';
import { attachmentSchema } from '../attachments';
import { tombstoneSchema } from '../trash';
import { validationError } from './validationMessage';

export const CAIRN_EXPORT_FORMAT_VERSION = 1 as const;

const uuidSchema = z.uuid();
/** z.iso.date checks real calendar days (leap years included) and, unlike a refinement, shows up in the JSON Schema. */
const calendarDateSchema = z.iso.date();
const optionalDateSchema = calendarDateSchema.nullable();
const ratingSchema = z.number().int().min(1).max(5).nullable().describe('1 (low) to 5 (high), or null when not rated');
const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour as #rrggbb');
const promptIdSchema = z.string().min(1).max(80);
/** The strategy view owns the layout's shape (shared/domain/venn/layout.ts); the export keeps it exactly as stored. */
const layoutSchema = z.record(z.string(), z.unknown()).describe('The Venn diagram layout, exactly as the strategy view saved it');

export const exportedReflectionSchema = z.object({
  id: uuidSchema,
  entryDate: calendarDateSchema.describe('The day the reflection is about, YYYY-MM-DD in the writer’s time zone'),
  title: z.string(),
  body: z.string().describe('Markdown'),
  promptId: promptIdSchema.nullable(),
  energy: ratingSchema,
  engagement: ratingSchema,
  tags: z.array(tagLengthSchema),
  valueIds: z.array(uuidSchema),
  experimentIds: z.array(uuidSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const exportedValueSchema = z.object({
  id: uuidSchema,
  label: z.string().min(1).describe('A verb phrase, e.g. "Teaching people to fish"'),
  description: z.string(),
  colour: colourSchema,
  position: z.number().int().describe('Order in the values list, lowest first'),
  archivedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const exportedStrategySchema = z.object({
  aspiration: z.string().describe('The most gratifying work, described without a job title'),
  strengths: z.string(),
  impact: z.string(),
  layout: layoutSchema,
  updatedAt: timestampSchema.nullable().describe('Null while the draft has never been saved'),
});

export const exportedStrategyVersionSchema = z.object({
  id: uuidSchema,
  createdAt: timestampSchema,
  aspiration: z.string(),
  strengths: z.string(),
  impact: z.string(),
  values: z.array(exportedValueSchema).describe('The values as they were when the version was saved'),
  layout: layoutSchema,
  changeNote: z.string().min(1).describe('What changed and why'),
});

export const exportedPersonSchema = z.object({
  id: uuidSchema,
  name: z.string().min(1),
  where: z.string().describe('Where they were met'),
  notes: z.string(),
  learned: z.string(),
  canGive: z.string(),
  followUpDate: optionalDateSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const exportedPlaceSchema = z.object({
  id: uuidSchema,
  name: z.string().min(1),
  mode: z.enum(placeModes),
  where: z.string(),
  notes: z.string(),
  followUpDate: optionalDateSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const exportedExperimentSchema = z.object({
  id: uuidSchema,
  title: z.string().min(1),
  kind: z.enum(experimentKinds),
  hypothesis: z.string(),
  successCriteria: z.string(),
  stopCriteria: z.string(),
  plannedStart: optionalDateSchema,
  plannedEnd: optionalDateSchema,
  actualStart: optionalDateSchema,
  actualEnd: optionalDateSchema,
  status: z.enum(experimentStatuses),
  dropReason: z.string(),
  outcome: z.string(),
  learning: z.string(),
  energy: ratingSchema,
  engagement: ratingSchema,
  valueIds: z.array(uuidSchema),
  people: z.array(exportedPersonSchema),
  places: z.array(exportedPlaceSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export const exportedPromptSchema = z.object({
  id: promptIdSchema,
  group: z.string().min(1),
  text: z.string().min(1),
  builtIn: z.boolean().describe('Shipped with Cairn: only its hidden flag is restored, its wording comes from the app'),
  hidden: z.boolean(),
  position: z.number().int(),
});

const linkedIdsSchema = z.array(uuidSchema);

const fingerprintHexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'Expected a SHA-256 fingerprint');

/** A deleted item as Recently deleted keeps it: the item in its export shape, and the links that are not part of it. */
export const trashedPayloadSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('reflection'),
    item: exportedReflectionSchema,
    importKeys: z
      .array(fingerprintHexSchema)
      .optional()
      .describe('Its import fingerprints and source keys, so a restored entry is still recognised by a later import'),
  }),
  z.object({ kind: z.literal('experiment'), item: exportedExperimentSchema, reflectionIds: linkedIdsSchema.describe('Its evidence') }),
  z.object({ kind: z.literal('value'), item: exportedValueSchema, reflectionIds: linkedIdsSchema, experimentIds: linkedIdsSchema }),
  z.object({ kind: z.literal('person'), item: exportedPersonSchema, experimentId: uuidSchema }),
  z.object({ kind: z.literal('place'), item: exportedPlaceSchema, experimentId: uuidSchema }),
  z.object({ kind: z.literal('prompt'), item: exportedPromptSchema, reflectionIds: linkedIdsSchema.describe('Reflections written from it') }),
]);
export type TrashedPayload = z.infer<typeof trashedPayloadSchema>;

export const exportedTrashEntrySchema = z.object({
  deletedAt: timestampSchema,
  title: z.string(),
  detail: z.string(),
  payload: trashedPayloadSchema,
});
export type ExportedTrashEntry = z.infer<typeof exportedTrashEntrySchema>;

const settingPrimitiveSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
/** A setting is a primitive or a flat object of them (the first-run state is `{ state, step }`). */
export const exportedSettingValueSchema = z.union([settingPrimitiveSchema, z.record(z.string().min(1).max(200), settingPrimitiveSchema)]);
export const exportedSettingsSchema = z.record(z.string().min(1).max(200), exportedSettingValueSchema);

/** An imported entry's fingerprint and the reflection it became, so importing the same file again adds nothing. */
export const exportedFingerprintSchema = z.object({
  fingerprint: fingerprintHexSchema,
  reflectionId: uuidSchema,
});

/** A photo or file the journal keeps; its bytes travel beside the JSON in the export's zip, at attachmentExportPath. */
export const exportedAttachmentSchema = attachmentSchema.extend({ createdAt: timestampSchema });
export type ExportedAttachment = z.infer<typeof exportedAttachmentSchema>;

export const cairnExportSchema = z
  .object({
    formatVersion: z.literal(CAIRN_EXPORT_FORMAT_VERSION),
    exportedAt: timestampSchema,
    appVersion: z.string().min(1),
    reflections: z.array(exportedReflectionSchema),
    values: z.array(exportedValueSchema),
    strategy: exportedStrategySchema.describe('The current strategy draft'),
    strategyVersions: z.array(exportedStrategyVersionSchema).describe('Saved versions, oldest first'),
    experiments: z.array(exportedExperimentSchema),
    prompts: z.array(exportedPromptSchema).describe('Built-in and the writer’s own prompts, hidden ones included'),
    settings: exportedSettingsSchema.describe('Settings the writer changed, by key'),
    trash: z
      .array(exportedTrashEntrySchema)
      .default([])
      .describe('Recently deleted: items deleted in the last 30 days, restorable; not part of the journal until restored'),
    tombstones: z.array(tombstoneSchema).default([]).describe('Every deletion: what was deleted, and when'),
    reflectionHistory: z
      .array(reflectionVersionSchema)
      .default([])
      .describe('Earlier texts of reflections (their entry history), oldest first'),
    importFingerprints: z
      .array(exportedFingerprintSchema)
      .default([])
      .describe('Entries imported from other apps, by fingerprint: a second import of the same file adds nothing'),
    attachments: z
      .array(exportedAttachmentSchema)
      .default([])
      .describe('Photos and files, by SHA-256; an export holding any is a zip with their bytes under attachments/'),
  })
  .meta({ title: 'Cairn export', description: 'Everything in a Cairn journal, as written by Settings › Export.' });
export type CairnExport = z.infer<typeof cairnExportSchema>;
export type ExportedReflection = z.infer<typeof exportedReflectionSchema>;
export type ExportedExperiment = z.infer<typeof exportedExperimentSchema>;

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
