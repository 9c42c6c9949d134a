// SHA-256 for import fingerprints, from node:crypto (shared/ has no crypto of its own, so the core passes this in).
import { createHash } from 'node:crypto';
import type { Sha256Hex } from '../../../shared/domain/interchange/fingerprint';

export const nativeSha256Hex: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
