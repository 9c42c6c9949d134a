// Sync through a folder: a first sync of a seeded journal onto an empty device, then 10,000 remote changes applied.
import type { Measurement } from '../results';
import { single } from '../results';
import { timeAsync } from '../timing';
import type { Workspace } from '../workspace';
import { call, openBenchCore } from './benchCore';

export interface SyncRunPlan {
  size: number;
  /** A seeded data folder: the first computer. */
  dataDir: string;
  workspace: Workspace;
}

const REMOTE_CHANGES = 10_000;

export async function measureSync(plan: SyncRunPlan): Promise<Measurement[]> {
  const folder = plan.workspace.folder(`sync-folder-${plan.size}`);
  const a = openBenchCore(plan.dataDir);
  const b = openBenchCore(plan.workspace.folder(`sync-empty-${plan.size}`));
  try {
    await a.sync.configure({ folder, passphrase: 'bench sync passphrase', deviceName: 'A' });
    a.sync.run();
    const firstMs = await timeAsync(async () => {
      await b.sync.configure({ folder, passphrase: 'bench sync passphrase', deviceName: 'B' });
      b.sync.run();
    });
    const onB = b.db.prepare('SELECT count(*) FROM reflections').pluck().get() as number;
    if (onB !== plan.size) throw new Error(`The first sync brought ${onB} of ${plan.size} reflections`);

    const rows = a.db.prepare<[number], { id: string; energy: number | null }>('SELECT id, energy FROM reflections ORDER BY id LIMIT ?').all(REMOTE_CHANGES);
    const ids = rows.map((row) => row.id);
    // Always a different rating, so every update is a change to apply.
    for (const row of rows) await call(a, 'reflections.update', { id: row.id, energy: ((row.energy ?? 0) % 5) + 1 });
    a.sync.run();
    let applied = 0;
    const applyMs = await timeAsync(() => {
      applied = b.sync.run()?.applied.length ?? 0;
      return Promise.resolve();
    });
    if (applied !== ids.length) throw new Error(`Applied ${applied} of ${ids.length} remote changes`);
    return [
      single(
        {
          group: 'store',
          name: `sync: first sync of ${plan.size.toLocaleString('en')} entries onto an empty device`,
          subject: 'cairn',
          unit: 'ms',
          target: { max: 5_000, unit: 'ms' },
          notes: 'unlock the folder (scrypt N=2^17), read the first device’s snapshot, write every reflection in one transaction',
        },
        firstMs,
      ),
      single(
        {
          group: 'store',
          name: `sync: apply ${REMOTE_CHANGES.toLocaleString('en')} remote changes`,
          subject: 'cairn',
          unit: 'ms',
          target: { max: 1_000, unit: 'ms' },
          notes: `one log file of ${ids.length} rating changes from another device: read, merged, written, announced`,
        },
        applyMs,
      ),
    ];
  } finally {
    a.close();
    b.close();
  }
}
