// The store group: at each journal size, Cairn through dispatch, then MiniSearch and raw FTS5 on the same corpus.
import { generateReflections } from '../corpus';
import type { BenchOptions } from '../options';
import type { Measurement } from '../results';
import { timeAsync } from '../timing';
import type { Workspace } from '../workspace';
import { measureCairnStore } from './cairnStore';
import { measureAutosaveWithHistory } from './historyStore';
import { measureImport } from './importStore';
import { measureMiniSearch } from './miniSearchStore';
import { measureRawFts } from './rawFtsStore';
import { seedDataFolder } from './seedJournal';

export async function runStoreGroup(options: BenchOptions, workspace: Workspace, log: (line: string) => void): Promise<Measurement[]> {
  const results: Measurement[] = [];
  for (const size of options.storeSizes) {
    const dataDir = workspace.folder(`store-${size}`);
    const seedMs = await timeAsync(() => seedDataFolder(dataDir, { reflections: size, seed: options.seed }));
    log(`seeded ${size} reflections in ${(seedMs / 1000).toFixed(1)} s`);
    const repeats = options.repeatsFor(size);
    if (options.storeHistoryOnly) {
      results.push(await measureAutosaveWithHistory({ size, dataDir, saves: repeats.autosaveRuns * 3 }));
      log(`measured the autosave with entry history at ${size}`);
      continue;
    }
    results.push(...(await measureCairnStore({ size, dataDir, ...repeats })));
    results.push(await measureAutosaveWithHistory({ size, dataDir, saves: repeats.autosaveRuns * 3 }));
    log(`measured Cairn's store at ${size}`);
    const corpus = generateReflections(size, options.seed);
    results.push(...(await measureMiniSearch(corpus, repeats.searchRounds)));
    results.push(...(await measureRawFts(corpus, workspace.folder(`raw-fts-${size}`), repeats.searchRounds)));
    log(`measured MiniSearch and raw FTS5 at ${size}`);
  }
  if (options.storeHistoryOnly) return results;
  results.push(...(await measureImport({ entries: options.importEntries, runs: options.importRuns, seed: options.seed, dataDir: workspace.folder('import') })));
  log('measured the Day One import');
  return results;
}
