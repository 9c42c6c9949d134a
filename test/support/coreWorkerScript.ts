// Bundles the core's worker entry once per test file, as build.mjs does for the shells, so tests start the real thread.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { nodeBundle } from '../../build/scripts/nodeBundle.mjs';

const root = path.resolve(import.meta.dirname, '../..');
let built: Promise<string> | undefined;

/** The path of a bundled core-worker.cjs, under dist/ so the native module resolves from the repository's node_modules. */
export function coreWorkerScript(): Promise<string> {
  built ??= (async () => {
    const outfile = path.join(root, 'dist', 'test-worker', `core-worker-${process.pid}.cjs`);
    process.once('exit', () => fs.rmSync(outfile, { force: true }));
    await build(nodeBundle(path.join(root, 'electron/core/worker/coreWorker.ts'), outfile));
    return outfile;
  })();
  return built;
}
