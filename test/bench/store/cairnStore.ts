// Cairn's own store under Node at one journal size: open + first page, search, autosave commit, size on disk.
import path from 'node:path';
import { DATABASE_FILE } from '../../../electron/core/core';
import { searchQueryMix } from '../corpus';
import { fromRepeats, fromSamples, single, type Measurement } from '../results';
import { timeAsync } from '../timing';
import { databaseBytes } from '../workspace';
import { call, openBenchCore } from './benchCore';
import { measureQueryMix } from './searchQueries';

export interface StoreRunPlan {
  size: number;
  dataDir: string;
  openRuns: number;
  searchRounds: number;
  autosaveRuns: number;
}

const group = 'store';
const subject = 'cairn';
const label = (size: number) => `${size.toLocaleString('en')} reflections`;

export async function measureOpen(plan: StoreRunPlan): Promise<Measurement> {
  // The first open of the day takes the daily backup; it is done here so the figure is an ordinary open.
  openBenchCore(plan.dataDir).close();
  const samples: number[] = [];
  for (let run = 0; run < plan.openRuns; run += 1) {
    let close = () => {};
    samples.push(
      await timeAsync(async () => {
        const core = openBenchCore(plan.dataDir);
        close = () => core.close();
        await call(core, 'reflections.list', { limit: 50 });
      }),
    );
    close();
  }
  return fromRepeats(
    { group, name: `open database + first page (50), ${label(plan.size)}`, subject, unit: 'ms', notes: 'openCore (lock, pragmas, schema and sampled-page check; the full integrity_check starts in its own thread) then reflections.list; warm OS page cache', target: plan.size >= 100_000 ? { max: 150, unit: 'ms' } : undefined },
    samples,
  );
}

export async function measureCairnStore(plan: StoreRunPlan): Promise<Measurement[]> {
  const results = [await measureOpen(plan)];
  const core = openBenchCore(plan.dataDir);
  try {
    const synchronous = core.db.pragma('synchronous', { simple: true });
    results.push(
      await measureQueryMix(
        {
          group,
          name: `search.query p50/p95/p99, ${label(plan.size)}`,
          subject,
          target: plan.size >= 100_000 ? { max: 25, unit: 'ms' } : undefined,
          notes: `through dispatch (validation, FTS5, snippets, output check), 20 hits; mix: ${searchQueryMix.map((q) => q.text).join(', ')}`,
        },
        plan.searchRounds,
        (text) => call(core, 'search.query', { text, limit: 20 }),
      ),
    );

    const first = (await call(core, 'reflections.list', { limit: 1 })).items[0];
    if (!first) throw new Error('The seeded journal is empty');
    const samples: number[] = [];
    for (let run = 0; run < plan.autosaveRuns; run += 1) {
      const body = `${first.body}\n\nEdit ${run}: one more sentence typed while the autosave timer ran.`;
      samples.push(await timeAsync(() => call(core, 'reflections.update', { id: first.id, body })));
    }
    results.push(
      fromSamples(
        {
          group,
          name: `autosave commit (reflections.update + search index), ${label(plan.size)}`,
          subject,
          unit: 'ms',
          target: { max: 5, unit: 'ms' },
          notes: `synchronous=${synchronous === 2 ? 'FULL' : String(synchronous)}, WAL; body of ${first.body.length} chars rewritten each time`,
        },
        samples,
      ),
    );
  } finally {
    core.close();
  }
  const bytes = databaseBytes(path.join(plan.dataDir, DATABASE_FILE));
  results.push(single({ group, name: `database size on disk, ${label(plan.size)}`, subject, unit: 'MiB', notes: 'cairn.db after close (WAL checkpointed)' }, bytes / 2 ** 20));
  return results;
}
