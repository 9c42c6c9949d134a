// The store group: at each journal size, Cairn through dispatch, then MiniSearch and raw FTS5 on the same corpus.
import { generateReflections } from '../corpus';
import type { BenchOptions } from '../options';
import type { Measurement } from '../results';
import { timeAsync } from '../timing';
import type { Workspace } from '../workspace';
import { measureCairnStore, measureOpen } from './cairnStore';
import { measureAutosaveWithHistory } from './historyStore';
import { measureImport } from './importStore';
import { measureMiniSearch } from './miniSearchStore';
import { measureRawFts } from './rawFtsStore';
import { seedDataFolder } from './seedJournal';
import { measureSync } from './syncBench';
import { measureSyncthingLatency } from './syncthingBench';
import { measureWorkerImport } from './workerImport';

export async function runStoreGroup(options: BenchOptions, workspace: Workspace, log: (line: string) => void, repoRoot: string): Promise<Measurement[]> {
  const results: Measurement[] = [];
  const workerImport = () =>
    measureWorkerImport({ repoRoot, seed: options.seed, folder: (name) => workspace.folder(name), largeEntries: options.workerImportEntries });
  if (options.storeWorkerOnly) {
    results.push(...(await workerImport()));
    log('measured imports through the core worker');
    return results;
  }
  if (options.storeSyncOnly) {
    const dataDir = workspace.folder('store-sync');
    await seedDataFolder(dataDir, { reflections: 10_000, seed: options.seed });
    results.push(...(await measureSync({ size: 10_000, dataDir, workspace })));
    results.push(...(await measureSyncthingLatency(workspace)));
    log('measured sync at 10,000, and through Syncthing');
    return results;
  }
  for (const size of options.storeSizes) {
    const dataDir = workspace.folder(`store-${size}`);
    const seedMs = await timeAsync(() => seedDataFolder(dataDir, { reflections: size, seed: options.seed }));
    log(`seeded ${size} reflections in ${(seedMs / 1000).toFixed(1)} s`);
    const repeats = options.repeatsFor(size);
    if (options.storeOpenOnly) {
      results.push(await measureOpen({ size, dataDir, ...repeats }));
      log(`measured the open at ${size}`);
      continue;
    }
    if (options.storeHistoryOnly) {
      results.push(await measureAutosaveWithHistory({ size, dataDir, saves: repeats.autosaveRuns * 3 }));
      log(`measured the autosave with entry history at ${size}`);
      continue;
    }
    results.push(...(await measureCairnStore({ size, dataDir, ...repeats })));
    results.push(await measureAutosaveWithHistory({ size, dataDir, saves: repeats.autosaveRuns * 3 }));
    if (size === 10_000) results.push(...(await measureSync({ size, dataDir, workspace })), ...(await measureSyncthingLatency(workspace)));
    log(`measured Cairn's store at ${size}`);
    const corpus = generateReflections(size, options.seed);
    results.push(...(await measureMiniSearch(corpus, repeats.searchRounds)));
    results.push(...(await measureRawFts(corpus, workspace.folder(`raw-fts-${size}`), repeats.searchRounds)));
    log(`measured MiniSearch and raw FTS5 at ${size}`);
  }
  if (options.storeHistoryOnly || options.storeOpenOnly) return results;
  results.push(...(await measureImport({ entries: options.importEntries, runs: options.importRuns, seed: options.seed, dataDir: workspace.folder('import') })));
  log('measured the Day One import');
  results.push(...(await workerImport()));
  log('measured imports through the core worker');
  return results;
}
