// First-run progress: whether the guided path is showing, which step it is on, and saving that to settings so it resumes.
import { create } from 'zustand';
import type { FirstRun } from '../../../../shared/domain/settings';
import { api } from '../../../app/client';
import { useErrors } from '../../shell/errorStore';
import { useNavigation } from '../../shell/navigationStore';
import { FIRST_RUN_STEPS, shouldOpenFirstRun } from './firstRunSteps';

interface FirstRunState {
  active: boolean;
  /** Whether check() has answered: until then neither the path nor a view shows, so nothing can be clicked past it. */
  decided: boolean;
  step: number;
  /** Decide at start-up whether the journal opens on the path. */
  check(): Promise<void>;
  goTo(step: number): Promise<void>;
  skip(): Promise<void>;
  finish(): Promise<void>;
  /** Start again from the beginning (from Settings). */
  restart(): Promise<void>;
}

async function store(progress: FirstRun): Promise<void> {
  try {
    await api()['settings.set']({ key: 'firstRun', value: progress });
  } catch (error) {
    useErrors.getState().report('Could not save your progress', error);
  }
}

export const useFirstRun = create<FirstRunState>((set) => ({
  active: false,
  decided: false,
  step: 0,

  async check() {
    try {
      const [settings, values] = await Promise.all([api()['settings.get']({}), api()['values.list']({ includeArchived: true })]);
      const progress = settings.firstRun;
      if (shouldOpenFirstRun(progress, values.length)) set({ active: true, step: Math.min(progress.step, FIRST_RUN_STEPS.length - 1) });
    } catch (error) {
      useErrors.getState().report('Could not read your settings', error);
    } finally {
      set({ decided: true });
    }
  },

  async goTo(step) {
    set({ step });
    await store({ state: 'pending', step });
  },

  async skip() {
    set({ active: false });
    await store({ state: 'skipped', step: 0 });
  },

  async finish() {
    set({ active: false, step: 0 });
    await store({ state: 'done', step: FIRST_RUN_STEPS.length - 1 });
    useNavigation.getState().go('strategy');
  },

  async restart() {
    set({ active: true, step: 0 });
    await store({ state: 'pending', step: 0 });
  },
}));

// Going to another view leaves the path where it is; it resumes on the next start (or from Settings).
useNavigation.subscribe((state, previous) => {
  if (state.view !== previous.view && useFirstRun.getState().active) useFirstRun.setState({ active: false });
});
