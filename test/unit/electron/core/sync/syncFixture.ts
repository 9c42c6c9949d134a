// Test helpers for sync: cores whose sync key is derived with cheap scrypt settings, closed after each test.
import { afterEach } from 'vitest';
import type { Core } from '../../../../../electron/core/core';
import { startCore, tempDir } from '../coreFixture';

/** scrypt at test strength: the same derivation as the app's, fast enough to run many times a file. */
export const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

const opened: Core[] = [];
// Registered once per test file that imports this module (vitest isolates modules per file).
afterEach(() => opened.splice(0).forEach((core) => core.close()));

/** A core on a fresh data folder, closed after the current test. */
export function syncCore(): Core {
  const started = startCore(tempDir(), { syncScrypt: FAST_SCRYPT });
  opened.push(started);
  return started;
}
