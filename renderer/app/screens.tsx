// Each view's screen: the journal ships in the first download; every other view is its own chunk, fetched once the journal is usable.
import { lazy, Suspense, type ComponentType } from 'react';
import { JournalView } from '../features/journal/JournalView';
import type { View } from '../features/shell/navigationStore';

type Loader = () => Promise<ComponentType>;

const loaders: Record<Exclude<View, 'journal'>, Loader> = {
  strategy: () => import('../features/strategy/StrategyView').then((module) => module.StrategyView),
  experiments: () => import('../features/experiments/ExperimentsView').then((module) => module.ExperimentsView),
  timeline: () => import('../features/timeline/TimelineView').then((module) => module.TimelineView),
  search: () => import('../features/search/SearchView').then((module) => module.SearchView),
  settings: () => import('../features/settings/SettingsView').then((module) => module.SettingsView),
};

const loadFirstRun: Loader = () => import('../features/strategy/firstRun/FirstRunView').then((module) => module.FirstRunView);

const asLazy = (load: Loader) => lazy(() => load().then((component) => ({ default: component })));

const screens: Record<View, ComponentType> = {
  journal: JournalView,
  strategy: asLazy(loaders.strategy),
  experiments: asLazy(loaders.experiments),
  timeline: asLazy(loaders.timeline),
  search: asLazy(loaders.search),
  settings: asLazy(loaders.settings),
};

const FirstRunScreen = asLazy(loadFirstRun);

/** Shown for the moment a view's chunk takes to arrive from disk. */
function Loading() {
  return <p className="view-loading" role="status">Loading…</p>;
}

export function CurrentView({ view }: { view: View }) {
  const Screen = screens[view];
  return (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}

export function FirstRun() {
  return (
    <Suspense fallback={<Loading />}>
      <FirstRunScreen />
    </Suspense>
  );
}

/** The journal marks this when its list and editor are usable (the benchmark's time to interactive). */
const INTERACTIVE_MARK = 'cairn:interactive';
/** The first-run path never shows the journal, so it does not wait for the mark longer than this. */
const FALLBACK_MS = 3000;

/** Once the journal is usable, fetches every other view's chunk in idle time, so switching views never waits on a download. */
export function preloadViews(): void {
  let done = false;
  const load = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(fallback);
    for (const loader of Object.values(loaders)) void loader().catch(() => {});
  };
  const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(load) : setTimeout(load, 0));
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(INTERACTIVE_MARK).length > 0) whenIdle();
  });
  const fallback = setTimeout(whenIdle, FALLBACK_MS);
  if (performance.getEntriesByName(INTERACTIVE_MARK).length > 0) whenIdle();
  else observer.observe({ type: 'mark' });
}
