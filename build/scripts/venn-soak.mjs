// `npm run soak:venn [-- --runs=50]`: runs the Venn unit tests again and again, each run with fresh random seeds, and reports every failure with its seed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './electronBinary.mjs';

const runsArgument = process.argv.slice(2).find((argument) => argument.startsWith('--runs='));
const runs = runsArgument ? Number(runsArgument.slice('--runs='.length)) : 50;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of at least 1, not "${runsArgument}".`);
  process.exit(2);
}

// Every Venn unit test: the geometry, the scene and its placement properties, and the editor's pure parts.
const suites = ['test/unit/shared/domain/venn', 'test/unit/renderer/ui/venn', 'test/unit/renderer/features/strategy/venn'];
const vitest = path.join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cairn-venn-soak-'));
const failures = [];
const started = Date.now();

for (let run = 1; run <= runs; run++) {
  const report = path.join(scratch, `run-${run}.json`);
  // fast-check draws a new seed for every property on every run unless one is pinned; none is pinned here.
  const result = spawnSync(
    process.execPath,
    [vitest, 'run', '--config', 'test/vitest.config.ts', '--reporter=json', `--outputFile=${report}`, ...suites],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  const failed = failedTests(report);
  if (result.status !== 0 && failed.length === 0) {
    failed.push({ name: `vitest exited with ${result.status ?? result.signal}`, seed: undefined, message: result.stderr.slice(-2000) });
  }
  for (const failure of failed) failures.push({ run, ...failure });
  console.log(`run ${run}/${runs}: ${failed.length === 0 ? 'passed' : `${failed.length} failed`}`);
}

fs.rmSync(scratch, { recursive: true, force: true });
const seconds = ((Date.now() - started) / 1000).toFixed(0);
const failedRuns = new Set(failures.map((failure) => failure.run)).size;
console.log(`\n${runs - failedRuns} of ${runs} runs passed (${seconds} s).`);
for (const failure of failures) {
  console.log(`\nrun ${failure.run}: ${failure.name}${failure.seed ? ` (seed ${failure.seed})` : ''}\n${failure.message}`);
}
process.exit(failures.length === 0 ? 0 : 1);

/** The failed tests of one run's JSON report, each with the fast-check seed its message names (when it is a property). */
function failedTests(reportFile) {
  if (!fs.existsSync(reportFile)) return [];
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  return report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => {
        const message = test.failureMessages.join('\n');
        return {
          name: `${path.relative(repoRoot, file.name)} > ${test.fullName}`,
          seed: /seed: (-?\d+)/.exec(message)?.[1],
          message: message.split('\n').slice(0, 12).join('\n'),
        };
      }),
  );
}
