// The experiments, the values they can test, the board or list mode, and moves between statuses with what they announce.
import { create } from 'zustand';
import { changedIds, touches, type CoreChange } from '../../../shared/changes';
import type { OperationInput } from '../../../shared/contract';
import { localCalendarDate } from '../../../shared/domain/dates';
import type { Experiment } from '../../../shared/domain/experiment';
import { canMove, statusLabels, type ExperimentStatus } from '../../../shared/domain/experiments/transitions';
import type { Value } from '../../../shared/domain/values';
import { ApiError } from '../../app/api';
import { api, onCoreChange } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { useUndo } from '../shell/undoStore';

const PAGE_SIZE = 200;

export type ExperimentChange = Omit<OperationInput<'experiments.update'>, 'id'>;
export type Conclusion = Omit<OperationInput<'experiments.conclude'>, 'id'>;
/** A move that needs words first: concluding asks for outcome and learning, dropping for a reason. */
export type PendingMove = { id: string; to: 'concluded' | 'dropped' };

interface ExperimentsState {
  items: Experiment[];
  values: Value[];
  status: 'idle' | 'loading' | 'ready';
  mode: 'board' | 'list';
  selectedId: string | null;
  pendingMove: PendingMove | null;
  announcement: string;
  /** Counts announcements, so the same words said again show again. */
  announced: number;
  load(): Promise<void>;
  setMode(mode: 'board' | 'list'): void;
  select(id: string | null): void;
  announce(message: string): void;
  create(title: string, kind: Experiment['kind'], valueIds: string[]): Promise<Experiment | undefined>;
  /** Saves a change; resolves to the core's reason when it refuses, or null when saved. */
  update(id: string, change: ExperimentChange): Promise<string | null>;
  /** Saves a change for the page's saver: throws when the core refuses or cannot be reached, so the saver retries. */
  save(id: string, change: ExperimentChange): Promise<Experiment>;
  /** Moves to another status, asking for words first where the move needs them; announces the result. */
  requestMove(id: string, to: ExperimentStatus): Promise<void>;
  /** Concludes, with a version carrying the learning when a note is given; resolves to the core's refusal or null. */
  conclude(id: string, conclusion: Conclusion): Promise<string | null>;
  closePendingMove(): void;
  remove(id: string): Promise<boolean>;
  /** The core reported a write: refetch the experiments and values it names. */
  applyChange(change: CoreChange): Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function loadAllExperiments(): Promise<Experiment[]> {
  const items: Experiment[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = await api()['experiments.list']({ limit: PAGE_SIZE, offset });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

export const useExperiments = create<ExperimentsState>((set, get) => ({
  items: [],
  values: [],
  status: 'idle',
  mode: 'board',
  selectedId: null,
  pendingMove: null,
  announcement: '',
  announced: 0,

  async load() {
    set({ status: 'loading' });
    try {
      const [items, values] = await Promise.all([loadAllExperiments(), api()['values.list']({})]);
      set({ items, values, status: 'ready' });
    } catch (error) {
      set({ status: 'ready' });
      useErrors.getState().report('Could not load your experiments', error);
    }
  },

  setMode: (mode) => set({ mode, selectedId: null }),
  select: (selectedId) => set({ selectedId }),
  announce: (announcement) => set((state) => ({ announcement, announced: state.announced + 1 })),

  async create(title, kind, valueIds) {
    try {
      const created = await api()['experiments.create']({ title, kind, valueIds });
      set((state) => ({ items: [created, ...state.items] }));
      get().announce(`Added “${created.title}” to Idea.`);
      return created;
    } catch (error) {
      useErrors.getState().report('The experiment was not created', error);
      return undefined;
    }
  },

  async update(id, change) {
    try {
      await get().save(id, change);
      return null;
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'VALIDATION')) useErrors.getState().report('The experiment was not saved', error);
      return messageOf(error);
    }
  },

  async save(id, change) {
    const saved = await api()['experiments.update']({ id, ...change });
    set((state) => ({ items: state.items.map((e) => (e.id === id ? saved : e)) }));
    return saved;
  },

  async requestMove(id, to) {
    const experiment = get().items.find((e) => e.id === id);
    if (!experiment || experiment.status === to) return;
    const stays = `“${experiment.title}” stays in ${statusLabels[experiment.status]}`;
    if (!canMove(experiment.status, to)) {
      get().announce(`${stays}: it cannot move from ${statusLabels[experiment.status]} to ${statusLabels[to]}.`);
      return;
    }
    if (to === 'concluded' || to === 'dropped') {
      set({ pendingMove: { id, to } });
      return;
    }
    const change: ExperimentChange = { status: to };
    if (to === 'running' && !experiment.actualStart) change.actualStart = localCalendarDate();
    if (to === 'running' && experiment.status === 'concluded') change.actualEnd = null;
    const problem = await get().update(id, change);
    get().announce(problem ? `${stays}: ${problem}` : `Moved “${experiment.title}” to ${statusLabels[to]}.`);
  },

  async conclude(id, conclusion) {
    try {
      const { experiment } = await api()['experiments.conclude']({ id, ...conclusion });
      set((state) => ({ items: state.items.map((e) => (e.id === id ? experiment : e)) }));
      return null;
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'VALIDATION')) useErrors.getState().report('The experiment was not concluded', error);
      return messageOf(error);
    }
  },

  closePendingMove: () => set({ pendingMove: null }),

  async remove(id) {
    try {
      await api()['experiments.delete']({ id });
      set((state) => ({ items: state.items.filter((e) => e.id !== id), selectedId: null }));
      useUndo.getState().show('Experiment moved to Recently deleted.', { kind: 'experiment', id }, () => {
        void get().load().then(() => get().select(id));
      });
      return true;
    } catch (error) {
      useErrors.getState().report('The experiment was not deleted', error);
      return false;
    }
  },

  async applyChange(change) {
    if (get().status !== 'ready') return;
    try {
      if (touches(change, ['values'])) set({ values: await api()['values.list']({}) });
      const ids = changedIds(change, 'experiments');
      if (ids?.length === 0) return;
      const held = new Set(get().items.map((e) => e.id));
      if (ids === null || !ids.every((id) => held.has(id))) {
        set({ items: await loadAllExperiments() });
        return;
      }
      await Promise.all(ids.map((id) => refetchOne(id, set)));
    } catch (error) {
      useErrors.getState().report('Could not load your experiments', error);
    }
  },
}));

/** A fresher copy replaces the held one (the open page keeps its unsaved edits); a deleted one leaves the list. */
async function refetchOne(id: string, set: (partial: (state: ExperimentsState) => Partial<ExperimentsState>) => void): Promise<void> {
  try {
    const fresh = await api()['experiments.get']({ id });
    set((state) => ({ items: state.items.map((e) => (e.id === id && fresh.updatedAt >= e.updatedAt ? fresh : e)) }));
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'NOT_FOUND')) throw error;
    set((state) => ({ items: state.items.filter((e) => e.id !== id), selectedId: state.selectedId === id ? null : state.selectedId }));
  }
}

onCoreChange(['experiments', 'values'], (change) => void useExperiments.getState().applyChange(change));
