// Fingerprints made with Node's SHA-256 equal the shared pure ones, so journals fingerprinted either way still dedupe.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryFingerprint } from '../../../../../shared/domain/interchange/fingerprint';
import { nativeSha256Hex } from '../../../../../electron/core/interchange/nativeSha256';

describe('native fingerprints', () => {
  it('match the pure-TypeScript fingerprint for any entry', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), (entryDate, title, body) => {
        const entry = { entryDate, title, body };
        expect(entryFingerprint(entry, nativeSha256Hex)).toBe(entryFingerprint(entry));
      }),
      { numRuns: 500 },
    );
  });
});
