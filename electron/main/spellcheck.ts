// Spellchecking that never downloads: the OS spellchecker on macOS and Windows; elsewhere Hunspell, pointed where nothing can be fetched.
import type { Session } from 'electron';

/** `.invalid` never resolves (RFC 2606), and the session's request filter cancels it before any lookup. */
export const NO_DICTIONARY_URL = 'https://dictionaries.invalid/';

/**
 * macOS always uses its own spellchecker. Windows uses its own too, but Chromium falls back to Hunspell for
 * languages it lacks, and Linux has only Hunspell: both would fetch dictionaries from Google's CDN by default.
 */
export function configureSpellchecker(session: Pick<Session, 'setSpellCheckerDictionaryDownloadURL'>, platform: NodeJS.Platform): void {
  if (platform !== 'darwin') session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_URL);
}
