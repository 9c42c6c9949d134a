// `npm run bench [-- --quick] [--only=store,renderer,bundle,renderer:timeline] [--no-build]`: builds the app, compiles test/bench with esbuild, runs it with --expose-gc.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { repoRoot } from './electronBinary.mjs';
import { nodeBundle } from './nodeBundle.mjs';

const args = process.argv.slice(2);

function run(label, command, commandArgs, env = process.env) {
  const result = spawnSync(command, commandArgs, { cwd: repoRoot, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

run('Checking the SQLite module', process.execPath, [path.join(repoRoot, 'build/scripts/ensureNodeNative.mjs')]);
// The renderer and browser-host figures are taken on a bench build: the production build plus the user-timing marks
// the measurements wait for (renderer/ui/benchMarks.ts). --no-build reuses dist/ while iterating, if it is one.
if (!args.includes('--no-build')) {
  run('Building Cairn', process.execPath, [path.join(repoRoot, 'build/scripts/build.mjs')], { ...process.env, VITE_CAIRN_BENCH: '1' });
} else if (!isBenchBuild()) {
  console.error('dist/ holds a production build without the benchmark marks: run without --no-build once.');
  process.exit(1);
}

function isBenchBuild() {
  try {
    return JSON.parse(readFileSync(path.join(repoRoot, 'dist/build-kind.json'), 'utf8')).bench === true;
  } catch {
    return false;
  }
}

const outfile = path.join(repoRoot, 'dist/bench/bench.cjs');
await esbuild(nodeBundle(path.join(repoRoot, 'test/bench/main.ts'), outfile, { external: ['playwright-core'] }));

run('The benchmark', process.execPath, ['--expose-gc', '--max-old-space-size=6144', outfile, ...args], { ...process.env, CAIRN_ROOT: repoRoot });
