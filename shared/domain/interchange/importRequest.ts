// What the renderer sends to import (file bytes as base64) and what the preview and the import report back.
import { z } from 'zod';
import { calendarDateSchema } from '../dates';
import { cairnExportSchema } from './cairnJson';
import { importLeftOutSchema, importProblemSchema, importSourceSchema } from './importBatch';
import { defaultImportLimits } from './importLimits';
import { jobIdSchema } from '../../progress';

/** The browser host refuses requests over 96 MB; base64 grows bytes by a third, so files above this cannot travel. */
export const MAX_IMPORT_UPLOAD_BYTES = 70 * 1024 * 1024;
/** The most entries a preview lists by name in each list; the counts are always exact. */
export const MAX_LISTED_DUPLICATES = 50;

const base64Schema = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected the file’s bytes as base64');
export const importFileSchema = z.strictObject({
  /** The file's name, or its path inside the chosen folder. */
  name: z.string().min(1).max(1000),
  base64: base64Schema,
});
export type ImportFile = z.infer<typeof importFileSchema>;

/** Set by the page to follow the import's progress (`core:progress`) and to cancel it (`jobs.cancel`). */
const job = { jobId: jobIdSchema.optional() };

const singleFile = (source: 'day-one' | 'jrnl') => z.strictObject({ source: z.literal(source), file: importFileSchema, ...job });

export const importRequestSchema = z.discriminatedUnion('source', [
  /** `replaceStrategy`: the file's working strategy replaces one the journal already has (asked in the preview). */
  z.strictObject({ source: z.literal('cairn-json'), file: importFileSchema, replaceStrategy: z.boolean().optional(), ...job }),
  singleFile('day-one'),
  singleFile('jrnl'),
  /** A folder's files (paths relative to the folder), or one .zip of the folder. */
  /** `inlineTags`: #tags written in the text become tags too (asked in the preview). */
  z.strictObject({
    source: z.literal('markdown'),
    files: z.array(importFileSchema).min(1).max(defaultImportLimits.maxFiles),
    inlineTags: z.boolean().optional(),
    ...job,
  }),
]);
export type ImportRequest = z.infer<typeof importRequestSchema>;

const count = z.number().int().min(0);

const listedEntrySchema = z.object({ entryDate: calendarDateSchema, title: z.string() });

export const importPreviewSchema = z.object({
  source: importSourceSchema,
  totalEntries: count,
  newEntries: count,
  /** Entries the file changed since they were imported (a newer Day One export): their text or tags are updated. */
  updatedEntries: count,
  /** Every entry not added: already in the journal as it is, or repeated in the file (`repeatedInFile` of them). */
  duplicateEntries: count,
  repeatedInFile: count,
  /** Entries whose journal copy changed later than the file's: the journal's stays. */
  keptEntries: count,
  dateRange: z.object({ from: calendarDateSchema, to: calendarDateSchema }).nullable(),
  /** The first few of each list by date and title; the counts above are always exact. */
  duplicates: z.array(listedEntrySchema.extend({ inFile: z.boolean() })),
  updated: z.array(listedEntrySchema.extend({ changes: z.enum(['text', 'tags', 'text and tags']) })),
  kept: z.array(listedEntrySchema),
  /** Values the entries name that the journal does not have yet: the import adds them (Markdown notes name values). */
  newValues: count,
  /** Kinds of data in the file that Cairn does not keep, with their counts. */
  leftOut: z.array(importLeftOutSchema),
  /** Links the entries name to experiments or prompts the journal does not have, with their counts. */
  unlinked: z.array(importLeftOutSchema),
  problems: z.array(importProblemSchema),
  /** For a Cairn export: what else it brings that the journal does not have yet. */
  restores: z
    .object({
      values: count,
      experiments: count,
      strategyVersions: count,
      prompts: count,
      /** The file's working strategy: replaces the journal's (which holds only defaults, or the person chose so), is
       * kept out (the journal's stays), or is the same. */
      strategy: z.enum(['restored', 'kept', 'same']),
      /** Reflections the journal already has from the same imported source file, so they are not added again. */
      alreadyImported: count,
    })
    .nullable(),
});
export type ImportPreviewResult = z.infer<typeof importPreviewSchema>;

/** `updated`: entries a newer export changed; `skipped`: entries not written (already here, repeated, or newer here). */
export const importResultSchema = z.object({ imported: count, updated: count, skipped: count });
export type ImportResult = z.infer<typeof importResultSchema>;

export const journalExportSchema = z.object({ document: cairnExportSchema });
