// The core in its worker thread while it imports: app.info round trips during a 100,000-entry import, and 10,000 Day One entries.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startCoreThread, type CoreThread } from '../../../electron/core/worker/coreThread';
import { generateReflections } from '../corpus';
import { fromRepeats, fromSamples, type Measurement } from '../results';
import { dayOneExport } from './dayOneExport';

export interface WorkerImportPlan {
  repoRoot: string;
  seed: number;
  /** Folders for the two journals. */
  folder(name: string): string;
  /** Entries of the large import app.info is timed beside. */
  largeEntries: number;
}

/** One more app.info this often while the import runs, each timed from send to answer. */
const PING_EVERY_MS = 10;

function start(plan: WorkerImportPlan, name: string): Promise<CoreThread> {
  return startCoreThread({ entry: path.join(plan.repoRoot, 'dist/host/core-worker.cjs'), dataDir: plan.folder(name), appVersion: '0.0.0-bench', host: 'browser', log: () => {} });
}

function request(bytes: Uint8Array) {
  return { source: 'day-one', file: { name: 'Journal.json', base64: Buffer.from(bytes).toString('base64') } };
}

export async function measureWorkerImport(plan: WorkerImportPlan): Promise<Measurement[]> {
  const results: Measurement[] = [];
  const small = dayOneExport(generateReflections(10_000, plan.seed ^ 0x1a), plan.seed);
  const core = await start(plan, 'worker-import-10k');
  try {
    const started = performance.now();
    const answer = await core.dispatch('import.run', request(small));
    const elapsed = performance.now() - started;
    if (!answer.ok) throw new Error(`import.run refused the benchmark's Day One export: ${answer.error.message}`);
    results.push(
      fromRepeats(
        { group: 'import', name: '10,000 Day One entries imported, through the core worker', subject: 'cairn', unit: 'ms', target: { max: 1500, unit: 'ms' }, notes: 'import.run from the shell into an empty journal: copy to the worker, parse, compare, write' },
        [elapsed],
      ),
    );
  } finally {
    await core.close();
  }

  // About one entry a day, so 10,000 a batch stays after 1900 (the import refuses earlier dates); each batch its own texts.
  const batches = Array.from({ length: Math.ceil(plan.largeEntries / 10_000) }, (_, index) => generateReflections(10_000, plan.seed ^ (0x2b + index)));
  const large = dayOneExport(batches.flat().slice(0, plan.largeEntries), plan.seed);
  const busy = await start(plan, 'worker-import-large');
  try {
    const samples: number[] = [];
    let importing = true;
    const running = busy.dispatch('import.run', request(large)).finally(() => (importing = false));
    while (importing) {
      const sent = performance.now();
      await busy.dispatch('app.info', {});
      if (importing) samples.push(performance.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, PING_EVERY_MS));
    }
    const answer = await running;
    if (!answer.ok) throw new Error(`import.run refused the large Day One export: ${answer.error.message}`);
    results.push(
      fromSamples(
        {
          group: 'import',
          name: `app.info round trip while ${plan.largeEntries.toLocaleString('en')} entries import`,
          subject: 'cairn',
          unit: 'ms',
          target: { max: 50, unit: 'ms' },
          notes: 'from the shell to the core worker and back; the file is read and compared in one step each, then written in 20 ms slices',
        },
        samples,
      ),
    );
  } finally {
    await busy.close();
  }
  return results;
}
