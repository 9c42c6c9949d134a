// The timeline's data (one aggregated summary plus the values) and the period brushed on it.
import { create } from 'zustand';
import type { TimelineSummary } from '../../../shared/domain/timelineSummary';
import type { Value } from '../../../shared/domain/values';
import { api, onCoreChange } from '../../app/client';
import { useNavigation } from '../shell/navigationStore';
import { useErrors } from '../shell/errorStore';

type Status = 'idle' | 'loading' | 'ready' | 'failed';

/** A brushed period as calendar dates, both inclusive. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

interface TimelineState {
  status: Status;
  summary: TimelineSummary | null;
  values: Value[];
  period: Period | null;
  tab: TimelineTab;
  /** The version the comparison centres on, when one was opened from the timeline or elsewhere. */
  focusVersion: string | null;
  load(): Promise<void>;
  setPeriod(period: Period | null): void;
  setTab(tab: TimelineTab): void;
  showVersion(id: string): void;
}

export type TimelineTab = 'timeline' | 'compare' | 'timelapse';

export const useTimeline = create<TimelineState>((set) => ({
  status: 'idle',
  summary: null,
  values: [],
  period: null,
  tab: 'timeline',
  focusVersion: null,
  async load() {
    set((state) => ({ status: state.summary ? 'ready' : 'loading' }));
    try {
      const [summary, values] = await Promise.all([api()['timeline.summary']({}), api()['values.list']({ includeArchived: true })]);
      set({ status: 'ready', summary, values });
    } catch (error) {
      set({ status: 'failed' });
      useErrors.getState().report('Could not load the timeline', error);
    }
  },
  setPeriod: (period) => set({ period }),
  setTab: (tab) => set({ tab }),
  showVersion: (id) => set({ tab: 'compare', focusVersion: id }),
}));

// The timeline loads each time it is shown, so only a showing timeline needs to follow the journal's changes.
onCoreChange(['reflections', 'experiments', 'versions', 'values'], () => {
  if (useNavigation.getState().view === 'timeline' && useTimeline.getState().status === 'ready') void useTimeline.getState().load();
});
