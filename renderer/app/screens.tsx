// Each view's screen: the journal ships in the first download; every other view is its own chunk, fetched once the journal is usable.
import { Suspense, useEffect, useState, type ComponentType } from 'react';
import { JournalView } from '../features/journal/JournalView';
import type { View } from '../features/shell/navigationStore';
import { onceJournalUsable } from '../ui/journalUsable';
import { preloadable } from '../ui/preloadable';

const lazyViews = {
  strategy: preloadable(() => import('../features/strategy/StrategyView').then((module) => module.StrategyView)),
  experiments: preloadable(() => import('../features/experiments/ExperimentsView').then((module) => module.ExperimentsView)),
  timeline: preloadable(() => import('../features/timeline/TimelineView').then((module) => module.TimelineView)),
  insight: preloadable(() => import('../features/insight/InsightView').then((module) => module.InsightView)),
  search: preloadable(() => import('../features/search/SearchView').then((module) => module.SearchView)),
  settings: preloadable(() => import('../features/settings/SettingsView').then((module) => module.SettingsView)),
  trash: preloadable(() => import('../features/trash/TrashView').then((module) => module.TrashView)),
} satisfies Record<Exclude<View, 'journal'>, unknown>;

const firstRun = preloadable(() => import('../features/strategy/firstRun/FirstRunView').then((module) => module.FirstRunView));

const screens: Record<View, ComponentType> = {
  journal: JournalView,
  strategy: lazyViews.strategy.Component,
  experiments: lazyViews.experiments.Component,
  timeline: lazyViews.timeline.Component,
  insight: lazyViews.insight.Component,
  search: lazyViews.search.Component,
  settings: lazyViews.settings.Component,
  trash: lazyViews.trash.Component,
};

/** Shown for the moment a view's chunk takes to arrive from disk. */
function Loading() {
  return <p className="view-loading" role="status">Loading…</p>;
}

const isReady = (view: View) => view === 'journal' || lazyViews[view].isReady();

/**
 * Keeps the view on screen until the next one's code is here (a few milliseconds from disk), as a transition would:
 * a suspended view would show its fallback for at least 300 ms.
 */
export function CurrentView({ view }: { view: View }) {
  const [shown, setShown] = useState(view);
  const ready = isReady(view);
  // Adjusting state while rendering (React's pattern for state derived from props): the view shown follows at once.
  if (ready && shown !== view) setShown(view);
  useEffect(() => {
    if (ready) return;
    let live = true;
    const show = () => live && setShown(view);
    void lazyViews[view as Exclude<View, 'journal'>].preload().then(show, show);
    return () => {
      live = false;
    };
  }, [view, ready]);
  const Screen = screens[ready ? view : shown];
  return (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}

export function FirstRun() {
  return (
    <Suspense fallback={<Loading />}>
      <firstRun.Component />
    </Suspense>
  );
}

/** The first-run path never shows the journal, so it does not wait for the journal longer than this. */
const FALLBACK_MS = 3000;

/** Once the journal is usable, fetches every other view's chunk in idle time, so switching views never waits on a download. */
export function preloadViews(): void {
  let done = false;
  const load = () => {
    if (done) return;
    done = true;
    cancelWait();
    clearTimeout(fallback);
    for (const view of Object.values(lazyViews)) void view.preload().catch(() => {});
  };
  const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(load) : setTimeout(load, 0));
  const fallback = setTimeout(whenIdle, FALLBACK_MS);
  const cancelWait = onceJournalUsable(whenIdle);
}
