// Insight's state: the period size, which window of time, the summary the core computed for it, and what is listed.
import { create } from 'zustand';
import { localCalendarDate } from '../../../shared/domain/dates';
import type { InsightPeriod, InsightSummary } from '../../../shared/domain/insight/insightSchema';
import { api, onCoreChange } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { useNavigation } from '../shell/navigationStore';
import type { InsightSelection } from './insightSelection';
import { insightWindow } from './insightWindow';

type Status = 'idle' | 'loading' | 'ready' | 'failed';

interface InsightState {
  status: Status;
  period: InsightPeriod;
  /** 0 for the window ending today, −1 for the one before it, and so on. */
  offset: number;
  summary: InsightSummary | null;
  selection: InsightSelection | null;
  load(): Promise<void>;
  setPeriod(period: InsightPeriod): void;
  step(by: -1 | 1): void;
  select(selection: InsightSelection | null): void;
}

/** Numbers each request, so an answer that arrives after a newer request was sent is dropped. */
let latest = 0;

export const useInsight = create<InsightState>((set, get) => ({
  status: 'idle',
  period: 'week',
  offset: 0,
  summary: null,
  selection: null,
  async load() {
    const { period, offset } = get();
    const request = ++latest;
    set((state) => ({ status: state.summary ? 'ready' : 'loading' }));
    try {
      const summary = await api()['insight.summary']({ period, ...insightWindow(period, localCalendarDate(), offset) });
      if (request === latest) set({ status: 'ready', summary });
    } catch (error) {
      if (request !== latest) return;
      set({ status: 'failed' });
      useErrors.getState().report('Could not gather your insight', error);
    }
  },
  setPeriod(period) {
    if (period === get().period) return;
    set({ period, offset: 0, selection: null });
    void get().load();
  },
  step(by) {
    set((state) => ({ offset: Math.min(0, state.offset + by), selection: null }));
    void get().load();
  },
  select: (selection) => set({ selection }),
}));

// Insight loads each time it is shown, so only a showing Insight follows the journal's changes: a rating, a tag or a
// value changed in another view or tab refreshes its figures, and the list open below them follows.
onCoreChange(['reflections', 'tags', 'values', 'experiments'], () => {
  if (useNavigation.getState().view === 'insight' && useInsight.getState().status === 'ready') void useInsight.getState().load();
});
