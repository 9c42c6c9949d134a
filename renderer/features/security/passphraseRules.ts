// Checks a passphrase form before the core sees it, so mistakes are explained where they were typed.
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/domain/security';

export type PassphraseMode = 'set' | 'change' | 'remove';

/** A message for the first problem, or null when the form can be sent. */
export function passphraseProblem(mode: PassphraseMode, fields: { current: string; next: string; repeat: string }): string | null {
  if (mode !== 'set' && fields.current.length === 0) return 'Enter your current passphrase.';
  if (mode === 'remove') return null;
  if (fields.next.length < MIN_PASSPHRASE_LENGTH) return `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  if (fields.next !== fields.repeat) return 'The two new passphrases are not the same.';
  return null;
}
