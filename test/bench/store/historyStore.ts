// The autosave commit with entry history on, as the editor drives it: saves every 0.5 s in editing sessions, each a new version.
import { randomUUID } from 'node:crypto';
import { fromSamples, type Measurement } from '../results';
import { timeAsync } from '../timing';
import { call, openBenchCore } from './benchCore';

export interface HistoryRunPlan {
  size: number;
  dataDir: string;
  saves: number;
}

/** Saves per editing session: a session of 10 s of typing, so the run starts (and prunes for) a new version often. */
const SAVES_PER_SESSION = 20;

export async function measureAutosaveWithHistory(plan: HistoryRunPlan): Promise<Measurement> {
  const core = openBenchCore(plan.dataDir);
  try {
    // The newest entries, as someone writing today would have open: ten of them, taken in turn.
    const entries = (await call(core, 'reflections.list', { limit: 10 })).items;
    if (entries.length === 0) throw new Error('The seeded journal is empty');
    const samples: number[] = [];
    let session = randomUUID();
    for (let save = 0; save < plan.saves; save += 1) {
      if (save % SAVES_PER_SESSION === 0) session = randomUUID();
      const entry = entries[Math.floor(save / SAVES_PER_SESSION) % entries.length]!;
      const body = `${entry.body}\n\nSession ${Math.floor(save / SAVES_PER_SESSION)}, save ${save}: one more sentence typed.`;
      samples.push(await timeAsync(() => call(core, 'reflections.update', { id: entry.id, body, editSession: session })));
    }
    const versions = core.db.prepare('SELECT count(*) AS n FROM reflection_versions').pluck().get() as number;
    return fromSamples(
      {
        group: 'store',
        name: `autosave commit with entry history, ${plan.size.toLocaleString('en')} reflections`,
        subject: 'cairn',
        unit: 'ms',
        target: { max: 5, unit: 'ms' },
        notes: `reflections.update through dispatch with editSession; a new session every ${SAVES_PER_SESSION} saves over 10 entries (${versions} versions written)`,
      },
      samples,
    );
  } finally {
    core.close();
  }
}
