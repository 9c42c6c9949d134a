// Where the bundled core worker sits: beside main.cjs (build.mjs writes dist/electron/core-worker.cjs).
import path from 'node:path';

export function coreWorkerPath(): string {
  return path.join(__dirname, 'core-worker.cjs');
}
