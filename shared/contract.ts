// The one contract: every operation the renderer may ask of the core, with its input and output schemas.
import { z } from 'zod';
import {
  experimentConclusionSchema,
  experimentDraftSchema,
  experimentIdSchema,
  experimentListInputSchema,
  experimentPageSchema,
  experimentPatchSchema,
  experimentSchema,
  personDraftSchema,
  personPatchSchema,
  personSchema,
  placeDraftSchema,
  placePatchSchema,
  placeSchema,
} from './domain/experiment';
import { attachmentAddSchema, attachmentContentSchema, attachmentSchema, sha256HexSchema } from './domain/attachments';
import { draftKeyInputSchema, draftSaveSchema, draftSchema } from './domain/drafts';
import { regionLinkSchema, strategyEvidenceSchema } from './domain/evidence';
import { pageInputShape, pageOf } from './domain/paging';
import { promptDraftSchema, promptListInputSchema, promptPatchSchema, promptSchema } from './domain/prompts';
import {
  calendarDaySchema,
  calendarInputSchema,
  evidenceLinkSchema,
  reflectionDraftSchema,
  reflectionIdSchema,
  reflectionListInputSchema,
  reflectionPageSchema,
  reflectionPatchSchema,
  reflectionSchema,
  tagMergeSchema,
  tagRenameSchema,
  tagSummarySchema,
} from './domain/reflection';
import {
  importPreviewSchema,
  importRequestSchema,
  importResultSchema,
  journalExportSchema,
} from './domain/interchange/importRequest';
import { insightInputSchema, insightSummarySchema } from './domain/insight/insightSchema';
import { reviewCreateSchema } from './domain/reviews/reviewSchema';
import { historyInputSchema, reflectionVersionSchema, restoreVersionSchema } from './domain/reflectionHistory';
import { searchInputSchema, searchResultSchema } from './domain/searchQuery';
import {
  backupNameSchema,
  backupSchema,
  enteredPassphraseSchema,
  passphraseSchema,
  securityStatusSchema,
} from './domain/security';
import { settingSetSchema, settingsSchema } from './domain/settings';
import { syncDeviceNameSchema, syncSetUpSchema, syncStatusSchema } from './domain/syncSetup';
import { strategyDraftSchema, strategySaveSchema, strategySnapshotSchema, strategyVersionSchema } from './domain/strategy';
import { timelineSummaryInputSchema, timelineSummarySchema } from './domain/timelineSummary';
import { trashItemSchema, trashRefSchema } from './domain/trash';
import { jobIdSchema } from './progress';
import {
  valueDraftSchema,
  valueIdSchema,
  valueListInputSchema,
  valuePatchSchema,
  valueReorderSchema,
  valueSchema,
} from './domain/values';

const noInput = z.strictObject({}).default({});
const byId = <T extends z.ZodType>(id: T) => z.strictObject({ id });
const deleted = z.object({ deleted: z.literal(true) });
const done = z.object({ done: z.literal(true) });

export const appInfoSchema = z.object({
  appVersion: z.string(),
  /** Null while the journal is locked or damaged: its format cannot be read yet. */
  schemaVersion: z.number().int().nullable(),
  dataDir: z.string(),
  databasePath: z.string(),
  host: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const contract = {
  'app.info': { input: noInput, output: appInfoSchema },

  'reflections.list': { input: reflectionListInputSchema, output: reflectionPageSchema },
  'reflections.get': { input: byId(reflectionIdSchema), output: reflectionSchema },
  'reflections.create': { input: reflectionDraftSchema, output: reflectionSchema },
  'reflections.update': { input: reflectionPatchSchema, output: reflectionSchema },
  'reflections.delete': { input: byId(reflectionIdSchema), output: deleted },
  /** Removes an entry left blank (opened with New reflection, then left); one that holds anything, now or in its history, stays. */
  'reflections.discardBlank': { input: byId(reflectionIdSchema), output: z.object({ discarded: z.boolean() }) },
  'reflections.calendar': { input: calendarInputSchema, output: z.array(calendarDaySchema) },

  'tags.list': { input: noInput, output: z.array(tagSummarySchema) },
  'tags.rename': { input: tagRenameSchema, output: z.array(tagSummarySchema) },
  'tags.merge': { input: tagMergeSchema, output: z.array(tagSummarySchema) },
  /** Takes the tag off every entry that carries it; the entries stay as they are otherwise. */
  'tags.delete': { input: z.strictObject({ id: z.number().int() }), output: z.array(tagSummarySchema) },

  'values.list': { input: valueListInputSchema, output: z.array(valueSchema) },
  'values.get': { input: byId(valueIdSchema), output: valueSchema },
  'values.create': { input: valueDraftSchema, output: valueSchema },
  'values.update': { input: valuePatchSchema, output: valueSchema },
  'values.delete': { input: byId(valueIdSchema), output: deleted },
  'values.reorder': { input: valueReorderSchema, output: z.array(valueSchema) },

  'experiments.list': { input: experimentListInputSchema, output: experimentPageSchema },
  'experiments.get': { input: byId(experimentIdSchema), output: experimentSchema },
  'experiments.create': { input: experimentDraftSchema, output: experimentSchema },
  'experiments.update': { input: experimentPatchSchema, output: experimentSchema },
  'experiments.delete': { input: byId(experimentIdSchema), output: deleted },
  'experiments.people.create': { input: personDraftSchema, output: personSchema },
  'experiments.people.update': { input: personPatchSchema, output: personSchema },
  'experiments.people.delete': { input: byId(z.uuid()), output: deleted },
  'experiments.places.create': { input: placeDraftSchema, output: placeSchema },
  'experiments.places.update': { input: placePatchSchema, output: placeSchema },
  'experiments.places.delete': { input: byId(z.uuid()), output: deleted },

  'strategy.get': { input: noInput, output: strategyDraftSchema },
  'strategy.save': { input: strategySaveSchema, output: strategyDraftSchema },
  'strategy.snapshot': { input: strategySnapshotSchema, output: strategyVersionSchema },
  'strategy.versions.list': { input: z.strictObject(pageInputShape), output: pageOf(strategyVersionSchema) },
  'strategy.versions.get': { input: byId(z.uuid()), output: strategyVersionSchema },

  'prompts.list': { input: promptListInputSchema, output: z.array(promptSchema) },
  'prompts.create': { input: promptDraftSchema, output: promptSchema },
  'prompts.update': { input: promptPatchSchema, output: promptSchema },
  'prompts.delete': { input: byId(z.string().min(1).max(80)), output: deleted },

  'settings.get': { input: noInput, output: settingsSchema },
  'settings.set': { input: settingSetSchema, output: settingsSchema },

  'search.query': { input: searchInputSchema, output: searchResultSchema },

  'security.status': { input: noInput, output: securityStatusSchema },
  'security.unlock': { input: z.strictObject({ passphrase: enteredPassphraseSchema }), output: securityStatusSchema },
  'security.lock': { input: noInput, output: securityStatusSchema },
  'security.setPassphrase': { input: z.strictObject({ passphrase: passphraseSchema }), output: securityStatusSchema },
  'security.changePassphrase': {
    input: z.strictObject({ current: enteredPassphraseSchema, next: passphraseSchema }),
    output: securityStatusSchema,
  },
  'security.removePassphrase': { input: z.strictObject({ current: enteredPassphraseSchema }), output: securityStatusSchema },

  'backups.list': { input: noInput, output: z.array(backupSchema) },
  'backups.create': { input: noInput, output: backupSchema },
  /** `passphrase` is the one an encrypted backup was made with, asked for when the journal is not open with it. */
  'backups.restore': { input: z.strictObject({ name: backupNameSchema, passphrase: enteredPassphraseSchema.optional() }), output: done },
  /** Only when the journal file is missing or empty: the explicit choice of a fresh journal over the backups offered. */
  'security.startNewJournal': { input: noInput, output: securityStatusSchema },

  // Strategy timeline (issue 6): aggregates only, so ten years of reflections stay one small read.
  'timeline.summary': { input: timelineSummaryInputSchema, output: timelineSummarySchema },

  // Export and import (issue 8): the whole journal as one document; imports previewed, then written in one transaction.
  'export.journal': { input: noInput, output: journalExportSchema },
  'import.preview': { input: importRequestSchema, output: importPreviewSchema },
  'import.run': { input: importRequestSchema, output: importResultSchema },
  /** Stops a long operation (issue 18) while it can still end with nothing changed; false when it no longer can. */
  'jobs.cancel': { input: z.strictObject({ jobId: jobIdSchema }), output: z.object({ cancelled: z.boolean() }) },

  // Strategy view (issue 5): what the Venn diagram's regions count and list.
  'strategy.evidence': { input: noInput, output: strategyEvidenceSchema },

  // Recently deleted and entry history (issue 15): every delete above moves the item here for 30 days.
  'trash.list': { input: noInput, output: z.array(trashItemSchema) },
  'trash.restore': { input: trashRefSchema, output: z.object({ restored: z.literal(true) }) },
  'trash.deleteForever': { input: trashRefSchema, output: deleted },
  'trash.empty': { input: noInput, output: z.object({ deleted: z.number().int().min(0) }) },
  'reflections.history': { input: historyInputSchema, output: z.array(reflectionVersionSchema) },
  'reflections.restoreVersion': { input: restoreVersionSchema, output: reflectionSchema },
  // Operations spanning aggregates (issue 15), each one transaction: a read and its rewrite never interleave.
  /** Links a reflection to exactly the shown values of a diagram region, keeping its links to values not shown. */
  'strategy.linkReflection': { input: regionLinkSchema, output: reflectionSchema },
  /** Links or unlinks one reflection as an experiment's evidence, leaving its other experiments as they are. */
  'reflections.linkExperiment': { input: evidenceLinkSchema, output: reflectionSchema },
  /** Concludes an experiment and, with a note, saves a strategy version carrying its learning. */
  'experiments.conclude': {
    input: experimentConclusionSchema.extend({ checkInNote: strategySnapshotSchema.shape.changeNote.nullable() }),
    output: z.object({ experiment: experimentSchema, version: strategyVersionSchema.nullable() }),
  },
  // Drafts of rows not created yet (issue 15): kept by the core so a closed window or a crash loses no typing.
  'drafts.get': { input: draftKeyInputSchema, output: draftSchema.nullable() },
  'drafts.save': { input: draftSaveSchema, output: draftSchema },
  'drafts.discard': { input: draftKeyInputSchema, output: deleted },

  // Sync between computers (issue 17): through a folder another tool syncs; the passphrase never leaves the core.
  'sync.status': { input: noInput, output: syncStatusSchema },
  /** Starts or joins a sync folder and runs the first sync (its progress on `jobId`); a wrong passphrase is refused. */
  'sync.setUp': { input: syncSetUpSchema, output: syncStatusSchema },
  'sync.rename': { input: z.strictObject({ deviceName: syncDeviceNameSchema }), output: syncStatusSchema },
  'sync.pause': { input: noInput, output: syncStatusSchema },
  'sync.resume': { input: noInput, output: syncStatusSchema },
  /** "Stop syncing on this computer": the journal stays whole; the sync folder is left for the other computers. */
  'sync.stop': { input: noInput, output: syncStatusSchema },
  /** The person reviewed an entry edited on two computers: its notice goes, both versions stay in its history. */
  'sync.reviewed': { input: z.strictObject({ reflectionId: reflectionIdSchema }), output: syncStatusSchema },

  // Insight (issue 20): energy and engagement per period, what goes with them, and the values lived against those named.
  'insight.summary': { input: insightInputSchema, output: insightSummarySchema },

  // Attachments (issue 22): photos and files kept in the journal by SHA-256, linked from Markdown as attachment:<sha256>.
  /** Up to 25 MB of bytes as base64; an empty file or a larger one is refused with the reason. */
  'attachments.add': { input: attachmentAddSchema, output: attachmentSchema },
  'attachments.get': { input: z.strictObject({ sha256: sha256HexSchema }), output: attachmentContentSchema },

  /** Writes a review of the week, quarter or year holding `endingOn` (today by default) as a reflection tagged `review`. */
  'reviews.create': { input: reviewCreateSchema, output: reflectionSchema },
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
/** What a caller passes: defaults may be omitted. */
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
/** What a handler receives: defaults applied, already validated. */
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;

export const operationNames = Object.keys(contract) as OperationName[];

export function isOperationName(value: unknown): value is OperationName {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

export { eventContract, eventNames, menuCommands, type EventName, type EventPayload, type MenuCommand } from './events';

/** The single IPC channel operations travel on; the operation name is its first argument. */
export const INVOKE_CHANNEL = 'cairn:invoke';
