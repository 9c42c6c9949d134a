// Node's native SHA-256 for import fingerprints: the same digest as the shared pure-TypeScript one, many times faster.
import { createHash } from 'node:crypto';
import type { Sha256Hex } from '../../../shared/domain/interchange/fingerprint';

export const nativeSha256Hex: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
