// How big and how long a run is: --quick for a short check, the default for the figures docs/performance.md quotes.

export interface BenchOptions {
  quick: boolean;
  seed: number;
  /** Journal sizes for the store measurements. */
  storeSizes: number[];
  /** Repeats per journal size: fewer at 100,000, where each one costs ten times more, so a full run stays under 20 minutes. */
  repeatsFor(size: number): StoreRepeats;
  importEntries: number;
  importRuns: number;
  /** Reflections in the journal the renderer measurements open. */
  rendererEntries: number;
  /** Reflections in the large journal the second search-typing row types into (renderer:search-large). */
  rendererLargeEntries: number;
  interactiveRuns: number;
  searchKeystrokes: number;
  vennMoves: number;
  /** Writes timed from commit to the repaint of the view showing them. */
  feedWrites: number;
  /** Insight's first render: reflections, all within its default window of 13 weeks, and how many times it opens. */
  insight: { reflections: number; runs: number };
  timeline: { reflections: number; experiments: number; versions: number; firstRenderRuns: number; panMoves: number; zoomSteps: number; gestureBudgetMs: number };
  /** Which groups to run: store, renderer, bundle (all by default). */
  groups: Set<string>;
  /** Which renderer measurements to run (`--only=renderer:venn`); null runs them all. */
  rendererParts: Set<RendererPart> | null;
  /** `--only=store:history` runs only the autosave-with-history row at each size; false runs the whole store group. */
  storeHistoryOnly: boolean;
  /** `--only=store:worker` runs only the core-worker import rows. */
  storeWorkerOnly: boolean;
  /** Entries of the import app.info is timed beside (store:worker). */
  workerImportEntries: number;
  /** `--only=store:sync` runs only the sync rows, at 10,000 reflections. */
  storeSyncOnly: boolean;
  /** `--only=store:open` runs only the open + first page row, at each size. */
  storeOpenOnly: boolean;
}

export const rendererParts = ['open', 'search', 'search-large', 'venn', 'timeline', 'feed', 'insight'] as const;
export type RendererPart = (typeof rendererParts)[number];

export interface StoreRepeats {
  openRuns: number;
  /** Rounds over the whole query mix (each round runs every query once). */
  searchRounds: number;
  autosaveRuns: number;
}

export const allGroups = ['store', 'renderer', 'bundle'] as const;

function storeRepeats(quick: boolean, size: number): StoreRepeats {
  if (quick) return { openRuns: 3, searchRounds: 20, autosaveRuns: 60 };
  if (size >= 100_000) return { openRuns: 3, searchRounds: 30, autosaveRuns: 100 };
  return { openRuns: 5, searchRounds: 60, autosaveRuns: 200 };
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const groups = new Set<string>();
  const parts = new Set<RendererPart>();
  let everyRendererPart = false;
  let storeHistoryOnly = false;
  let storeWorkerOnly = false;
  let storeSyncOnly = false;
  let storeOpenOnly = false;
  let everyStorePart = false;
  for (const entry of only ? only.split(',') : allGroups) {
    const [group = '', part] = entry.split(':');
    if (!(allGroups as readonly string[]).includes(group)) throw new Error(`Unknown group "${group}"; expected ${allGroups.join(', ')}`);
    groups.add(group);
    if (group === 'store') {
      if (part === undefined) everyStorePart = true;
      else if (part === 'history') storeHistoryOnly = true;
      else if (part === 'worker') storeWorkerOnly = true;
      else if (part === 'sync') storeSyncOnly = true;
      else if (part === 'open') storeOpenOnly = true;
      else throw new Error(`Unknown store part "${part}"; expected history, worker, sync or open`);
    } else if (group !== 'renderer') {
      if (part !== undefined) throw new Error(`Only the renderer and store groups have parts; "${entry}" names one`);
    } else if (part === undefined) {
      everyRendererPart = true;
    } else if ((rendererParts as readonly string[]).includes(part)) {
      parts.add(part as RendererPart);
    } else {
      throw new Error(`Unknown renderer part "${part}"; expected ${rendererParts.join(', ')}`);
    }
  }
  return {
    quick,
    seed: 20261121,
    storeSizes: quick ? [1_000, 10_000] : [1_000, 10_000, 100_000],
    repeatsFor: (size) => storeRepeats(quick, size),
    importEntries: 10_000,
    importRuns: quick ? 1 : 3,
    rendererEntries: 10_000,
    rendererLargeEntries: quick ? 20_000 : 100_000,
    interactiveRuns: quick ? 3 : 5,
    searchKeystrokes: quick ? 10 : 40,
    vennMoves: 600,
    feedWrites: quick ? 30 : 100,
    insight: { reflections: 10_000, runs: quick ? 3 : 5 },
    timeline: { reflections: 5_000, experiments: 200, versions: 50, firstRenderRuns: quick ? 2 : 5, panMoves: quick ? 100 : 300, zoomSteps: quick ? 20 : 60, gestureBudgetMs: quick ? 15_000 : 30_000 },
    groups,
    rendererParts: everyRendererPart || parts.size === 0 ? null : parts,
    storeHistoryOnly: storeHistoryOnly && !everyStorePart,
    storeWorkerOnly: storeWorkerOnly && !everyStorePart && !storeHistoryOnly,
    workerImportEntries: quick ? 20_000 : 100_000,
    storeSyncOnly: storeSyncOnly && !everyStorePart,
    storeOpenOnly: storeOpenOnly && !everyStorePart && !storeHistoryOnly,
  };
}
