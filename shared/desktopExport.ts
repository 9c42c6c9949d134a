// The one desktop-only request beyond the contract: save an export where the person chooses, through native dialogs.
import { z } from 'zod';
import { unsafeArchivePathReason } from './domain/interchange/archivePath';

export const SAVE_EXPORT_CHANNEL = 'cairn:save-export';

const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^/\\:*?"<>|\0]+$/, 'Expected a file name without a folder')
  .refine((name) => name !== '.' && name !== '..', 'Expected a file name without a folder');

const relativePathSchema = z
  .string()
  .min(1)
  .max(500)
  .refine((path) => !path.includes('\\') && unsafeArchivePathReason(path) === null, 'Expected a path inside the export folder');

export const saveExportRequestSchema = z.discriminatedUnion('kind', [
  /** The window's current page (the strategy brief) printed to PDF. */
  z.strictObject({ kind: z.literal('pdf'), fileName: fileNameSchema }),
  z.strictObject({ kind: z.literal('file'), fileName: fileNameSchema, text: z.string() }),
  /** A zip (the Cairn export with its attachments). */
  z.strictObject({ kind: z.literal('zip'), fileName: fileNameSchema, bytes: z.instanceof(Uint8Array) }),
  /** A folder of notes (and the files they link to) written inside a folder the person picks. */
  z.strictObject({
    kind: z.literal('folder'),
    folderName: fileNameSchema,
    files: z
      .array(z.union([z.strictObject({ path: relativePathSchema, text: z.string() }), z.strictObject({ path: relativePathSchema, bytes: z.instanceof(Uint8Array) })]))
      .max(200_000),
  }),
]);
export type SaveExportRequest = z.infer<typeof saveExportRequestSchema>;

/** Where the export was saved, or null when the person cancelled the dialog. */
export const savedExportSchema = z.strictObject({ path: z.string().nullable() });
export type SavedExport = z.infer<typeof savedExportSchema>;
