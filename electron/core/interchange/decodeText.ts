// Strict UTF-8 decoding: a file in another encoding is refused by name rather than imported as mojibake.
import { AppError } from '../../../shared/errors';

export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError('VALIDATION', `${what} is not UTF-8 text, so nothing was imported. Re-save it as UTF-8 and try again.`);
  }
}
