// The desktop app's native folder chooser, beyond the contract: which folder to sync through (Settings → Sync).
import { z } from 'zod';

export const CHOOSE_FOLDER_CHANNEL = 'cairn:choose-folder';

/** What the folder is for; main picks the dialog's wording from it, so the page never writes the dialog's text. */
export const chooseFolderRequestSchema = z.strictObject({ purpose: z.literal('sync') });
export type ChooseFolderRequest = z.infer<typeof chooseFolderRequestSchema>;

/** The folder chosen, or null when the person cancelled the dialog. */
export const chosenFolderSchema = z.strictObject({ path: z.string().nullable() });
export type ChosenFolder = z.infer<typeof chosenFolderSchema>;
