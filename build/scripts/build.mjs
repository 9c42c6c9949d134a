// Builds everything: the renderer with Vite, then the main process, preload, browser host and core worker with esbuild.
// VITE_CAIRN_BENCH=1 makes a bench build: the same code plus the user-timing marks the benchmark reads (renderer/ui/benchMarks.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { nodeBundle } from './nodeBundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

await viteBuild({ configFile: path.join(root, 'build/config/vite.config.ts'), logLevel: 'warn' });

const bundle = (entry, outfile) =>
  esbuild(
    nodeBundle(path.join(root, entry), path.join(root, outfile), {
      define: { __CAIRN_VERSION__: JSON.stringify(version) },
      external: ['electron'],
    }),
  );

await Promise.all([
  bundle('electron/main/main.ts', 'dist/electron/main.cjs'),
  bundle('electron/preload/preload.ts', 'dist/electron/preload.cjs'),
  bundle('electron/browser-host/main.ts', 'dist/host/browser-host.cjs'),
  // The core's worker thread, beside each shell that starts it (electron/core/worker/coreWorker.ts).
  ...['dist/electron', 'dist/host'].map((dir) => bundle('electron/core/worker/coreWorker.ts', `${dir}/core-worker.cjs`)),
]);
const bench = process.env.VITE_CAIRN_BENCH === '1';
writeFileSync(path.join(root, 'dist/build-kind.json'), JSON.stringify({ bench }));
console.log(`Built dist/renderer, dist/electron and dist/host${bench ? ' (bench build)' : ''}.`);
