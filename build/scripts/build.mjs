// Builds everything: the renderer with Vite, then the main process, preload and browser host with esbuild.
// VITE_CAIRN_BENCH=1 makes a bench build: the same code plus the user-timing marks the benchmark reads (renderer/ui/benchMarks.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

await viteBuild({ configFile: path.join(root, 'build/config/vite.config.ts'), logLevel: 'warn' });

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  define: { __CAIRN_VERSION__: JSON.stringify(version) },
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
};

await Promise.all([
  esbuild({ ...common, entryPoints: [path.join(root, 'electron/main/main.ts')], outfile: path.join(root, 'dist/electron/main.cjs') }),
  esbuild({ ...common, entryPoints: [path.join(root, 'electron/preload/preload.ts')], outfile: path.join(root, 'dist/electron/preload.cjs') }),
  esbuild({ ...common, entryPoints: [path.join(root, 'electron/browser-host/main.ts')], outfile: path.join(root, 'dist/host/browser-host.cjs') }),
]);
const bench = process.env.VITE_CAIRN_BENCH === '1';
writeFileSync(path.join(root, 'dist/build-kind.json'), JSON.stringify({ bench }));
console.log(`Built dist/renderer, dist/electron and dist/host${bench ? ' (bench build)' : ''}.`);
