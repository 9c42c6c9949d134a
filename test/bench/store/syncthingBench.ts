// Save on A → visible on B through two real Syncthing instances on 127.0.0.1 (reported, no target); skipped without syncthing.
import { setTimeout as sleep } from 'node:timers/promises';
import fs from 'node:fs';
import path from 'node:path';
import { startSyncthingPair, syncthingOnPath, waitFor } from '../../e2e/support/syncthing';
import type { Measurement } from '../results';
import { fromSamples, skipped } from '../results';
import type { Workspace } from '../workspace';
import { call, openBenchCore } from './benchCore';

const SAVES = 5;
const PASSPHRASE = 'bench sync passphrase';
/** One save must arrive within this, or the row fails loudly rather than hanging the bench. */
const ARRIVAL_LIMIT_MS = 60_000;
const POLL_MS = 50;

const base = {
  group: 'store',
  name: 'sync: save on A → visible on B through Syncthing',
  subject: 'cairn',
  unit: 'ms',
  notes: `${SAVES} rating changes, each from the save on A until B's journal has it: A writes its log file at once, Syncthing (watcher delay 1 s) copies it, B runs a sync pass every ${POLL_MS} ms (the app's own folder watch settles 0.3 s, or waits for its 5 s rescan)`,
};

export async function measureSyncthingLatency(workspace: Workspace): Promise<Measurement[]> {
  const binary = syncthingOnPath();
  if (!binary) return [skipped(base, 'syncthing is not installed (apt-get install syncthing)')];
  const pair = await startSyncthingPair(binary);
  const a = openBenchCore(workspace.folder('syncthing-a'));
  const b = openBenchCore(workspace.folder('syncthing-b'));
  try {
    await pair.connected();
    const { id } = await call(a, 'reflections.create', { entryDate: '2026-12-05', title: 'Travelling', body: 'Across two folders.\n' });
    await a.sync.configure({ folder: pair.a.folder, passphrase: PASSPHRASE, deviceName: 'A', mode: 'start' });
    a.sync.run();
    await waitFor('the sync key to reach B through Syncthing', ARRIVAL_LIMIT_MS, () =>
      Promise.resolve(fs.existsSync(path.join(pair.b.folder, 'cairn-sync', 'sync.cairnkey'))),
    );
    await b.sync.configure({ folder: pair.b.folder, passphrase: PASSPHRASE, deviceName: 'B', mode: 'join' });
    /** B's rating of the entry after one more sync pass: undefined while B has no such entry. */
    const energyOnB = () => {
      b.sync.run();
      return b.db.prepare<[string], { energy: number | null }>('SELECT energy FROM reflections WHERE id = ?').get(id)?.energy;
    };
    await waitFor('the entry to reach B', ARRIVAL_LIMIT_MS, () => Promise.resolve(energyOnB() === null), POLL_MS);
    const samples: number[] = [];
    for (let save = 1; save <= SAVES; save += 1) {
      const energy = (save % 5) + 1;
      const start = performance.now();
      await call(a, 'reflections.update', { id, energy });
      a.sync.run();
      await waitFor(`save ${save} to reach B`, ARRIVAL_LIMIT_MS, () => Promise.resolve(energyOnB() === energy), POLL_MS);
      samples.push(performance.now() - start);
      // Lets both instances settle, so one save's copy does not ride on the previous one's.
      await sleep(500);
    }
    return [fromSamples(base, samples)];
  } finally {
    a.close();
    b.close();
    await pair.dispose();
  }
}
