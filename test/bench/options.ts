// How big and how long a run is: --quick for a short check, the default for the figures the README quotes.

export interface BenchOptions {
  quick: boolean;
  seed: number;
  /** Journal sizes for the store measurements. */
  storeSizes: number[];
  openRuns: number;
  /** Rounds over the whole query mix (each round runs every query once). */
  searchRounds: number;
  autosaveRuns: number;
  importEntries: number;
  importRuns: number;
  /** Reflections in the journal the renderer measurements open. */
  rendererEntries: number;
  interactiveRuns: number;
  searchKeystrokes: number;
  vennMoves: number;
  timeline: { reflections: number; experiments: number; versions: number; firstRenderRuns: number; panMoves: number; zoomSteps: number; gestureBudgetMs: number };
  /** Which groups to run: store, renderer, bundle (all by default). */
  groups: Set<string>;
}

export const allGroups = ['store', 'renderer', 'bundle'] as const;

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const groups = new Set(only ? only.split(',') : allGroups);
  for (const group of groups) {
    if (!(allGroups as readonly string[]).includes(group)) throw new Error(`Unknown group "${group}"; expected ${allGroups.join(', ')}`);
  }
  return {
    quick,
    seed: 20261121,
    storeSizes: quick ? [1_000, 10_000] : [1_000, 10_000, 100_000],
    openRuns: quick ? 3 : 7,
    searchRounds: quick ? 20 : 100,
    autosaveRuns: quick ? 60 : 300,
    importEntries: 10_000,
    importRuns: quick ? 1 : 3,
    rendererEntries: 10_000,
    interactiveRuns: quick ? 3 : 7,
    searchKeystrokes: quick ? 10 : 40,
    vennMoves: 600,
    timeline: { reflections: 5_000, experiments: 200, versions: 50, firstRenderRuns: quick ? 2 : 5, panMoves: quick ? 100 : 300, zoomSteps: quick ? 20 : 60, gestureBudgetMs: quick ? 15_000 : 60_000 },
    groups,
  };
}
