// The bench entry (compiled and started by build/scripts/bench.mjs): runs each group, prints a table, writes bench-results.json.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runBundleGroup } from './bundle/runBundle';
import { machineInfo } from './machine';
import { parseBenchArgs } from './options';
import { runRendererGroup } from './renderer/runRenderer';
import type { Measurement } from './results';
import { runStoreGroup } from './store/runStore';
import { textTable } from './table';
import { createWorkspace } from './workspace';

const SHARED_MACHINE_NOTE =
  'Measured on a machine shared with other work (other builds and tests may run at the same time): treat figures as upper bounds.';

async function main(): Promise<void> {
  const repoRoot = process.env.CAIRN_ROOT ?? process.cwd();
  const options = parseBenchArgs(process.argv.slice(2));
  const machine = machineInfo();
  const workspace = createWorkspace();
  const started = performance.now();
  const log = (line: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const measurements: Measurement[] = [];
  try {
    if (options.groups.has('bundle')) measurements.push(...runBundleGroup(repoRoot));
    if (options.groups.has('store')) measurements.push(...(await runStoreGroup(options, workspace, log, repoRoot)));
    if (options.groups.has('renderer')) {
      const renderer = await runRendererGroup(options, workspace, repoRoot, log);
      machine.chromium = renderer.chromiumVersion;
      measurements.push(...renderer.measurements);
    }
  } finally {
    workspace.remove();
  }
  const report = {
    generatedAt: new Date().toISOString(),
    mode: options.quick ? 'quick' : 'full',
    seed: options.seed,
    durationSeconds: Math.round((performance.now() - started) / 1000),
    machine,
    note: SHARED_MACHINE_NOTE,
    measurements,
  };
  const file = path.join(repoRoot, 'bench-results.json');
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${textTable(measurements)}\n`);
  console.log(`${SHARED_MACHINE_NOTE}\nWrote ${file} (${report.mode} run, ${report.durationSeconds} s).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
