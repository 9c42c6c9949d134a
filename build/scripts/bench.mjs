// `npm run bench [-- --quick] [--only=store,renderer,bundle,renderer:timeline] [--no-build]`: builds the app, compiles test/bench with esbuild, runs it with --expose-gc.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { repoRoot } from './electronBinary.mjs';

const args = process.argv.slice(2);

function run(label, command, commandArgs, env = process.env) {
  const result = spawnSync(command, commandArgs, { cwd: repoRoot, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

run('Checking the SQLite module', process.execPath, [path.join(repoRoot, 'build/scripts/ensure-node-native.mjs')]);
// The renderer and browser-host figures are taken on the real production build; --no-build reuses dist/ while iterating.
if (!args.includes('--no-build')) run('Building Cairn', process.execPath, [path.join(repoRoot, 'build/scripts/build.mjs')]);

const outfile = path.join(repoRoot, 'dist/bench/bench.cjs');
await esbuild({
  entryPoints: [path.join(repoRoot, 'test/bench/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  external: ['better-sqlite3-multiple-ciphers', 'playwright-core'],
});

run('The benchmark', process.execPath, ['--expose-gc', '--max-old-space-size=6144', outfile, ...args], { ...process.env, CAIRN_ROOT: repoRoot });
