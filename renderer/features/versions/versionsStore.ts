// Strategy versions, the draft they are compared with, and saving a new version (check-in).
import { create } from 'zustand';
import { settingDefaults } from '../../../shared/domain/settings';
import type { StrategyDraft, StrategyVersion } from '../../../shared/domain/strategy';
import type { Value } from '../../../shared/domain/values';
import { api, onCoreChange } from '../../app/client';
import { useErrors } from '../shell/errorStore';

const PAGE = 200;

type Status = 'idle' | 'loading' | 'ready' | 'failed';

interface VersionsState {
  status: Status;
  /** Every saved version, newest first, as the store lists them. */
  versions: StrategyVersion[];
  draft: StrategyDraft | null;
  values: Value[];
  checkInAfterDays: number;
  /** The note the check-in dialog opens with; null while it is closed. */
  checkInNote: string | null;
  openCheckIn(note: string): void;
  closeCheckIn(): void;
  load(): Promise<void>;
  /** Freezes the current strategy with its note; resolves to the new version. */
  checkIn(note: string): Promise<StrategyVersion>;
}

async function allVersions(): Promise<StrategyVersion[]> {
  const versions: StrategyVersion[] = [];
  for (;;) {
    const page = await api()['strategy.versions.list']({ limit: PAGE, offset: versions.length });
    versions.push(...page.items);
    if (page.items.length === 0 || versions.length >= page.total) return versions;
  }
}

export const useVersions = create<VersionsState>((set, get) => ({
  status: 'idle',
  versions: [],
  draft: null,
  values: [],
  checkInAfterDays: settingDefaults['versions.checkInAfterDays'],
  checkInNote: null,
  openCheckIn: (note) => set({ checkInNote: note }),
  closeCheckIn: () => set({ checkInNote: null }),
  async load() {
    set({ status: get().status === 'ready' ? 'ready' : 'loading' });
    try {
      const [versions, draft, values, settings] = await Promise.all([
        allVersions(),
        api()['strategy.get']({}),
        api()['values.list']({}),
        api()['settings.get']({}),
      ]);
      set({ status: 'ready', versions, draft, values, checkInAfterDays: settings['versions.checkInAfterDays'] });
    } catch (error) {
      set({ status: 'failed' });
      useErrors.getState().report('Could not load the strategy versions', error);
    }
  },
  async checkIn(note) {
    const version = await api()['strategy.snapshot']({ changeNote: note });
    set((state) => ({ versions: [version, ...state.versions] }));
    void get().load();
    return version;
  },
}));

// The check-in bar's "what changed" note compares the draft with the last version: both, the values and the nudge's
// setting stay current. A store never loaded loads when its view first shows.
onCoreChange(['versions', 'strategy', 'values', 'settings'], () => {
  if (useVersions.getState().status !== 'idle') void useVersions.getState().load();
});
