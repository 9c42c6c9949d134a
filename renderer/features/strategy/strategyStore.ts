// The Strategy view's state: values, the aspiration draft, the Venn layout with its undo history, and region evidence.
import { create } from 'zustand';
import { touches, type CoreChange } from '../../../shared/changes';
import { type EvidenceItem } from '../../../shared/domain/evidence';
import { type VennLayout } from '../../../shared/domain/venn/layout';
import { nextPaletteColour } from '../../../shared/domain/values/palette';
import type { Value, ValuePatch } from '../../../shared/domain/values';
import { api, onCoreChange } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { createDebouncedSaver } from './venn/debouncedSaver';
import { effectiveLayout, withShown } from './venn/effectiveLayout';
import { commit, redo, startHistory, undo, type History } from './venn/layoutHistory';

/** Long enough that a drag, a run of arrow presses or wheel turns saves once; short enough that a quit loses nothing. */
const LAYOUT_SAVE_DELAY_MS = 400;
const TEXT_SAVE_DELAY_MS = 600;

export type StrategyText = { aspiration: string; strengths: string; impact: string };

interface StrategyState {
  status: 'idle' | 'loading' | 'ready';
  values: Value[];
  text: StrategyText;
  history: History<VennLayout> | null;
  evidence: EvidenceItem[];
  selectedRegion: string[] | null;
  load(): Promise<void>;
  createValue(label: string): Promise<Value | undefined>;
  updateValue(patch: ValuePatch): Promise<void>;
  move(id: string, offset: -1 | 1): Promise<void>;
  setShown(id: string, show: boolean): void;
  editText(changes: Partial<StrategyText>): void;
  commitLayout(layout: VennLayout, mergeKey?: string | null): void;
  undo(): void;
  redo(): void;
  selectRegion(ids: string[] | null): void;
  linkReflection(reflectionId: string, region: string[]): Promise<void>;
  refreshEvidence(): Promise<void>;
  flush(): Promise<void>;
  /** The core reported a write: refetch what this view shows of it, keeping what is typed here and not yet saved. */
  applyChange(change: CoreChange): Promise<void>;
}

const activeIds = (values: Value[]) => values.filter((value) => value.archivedAt === null).map((value) => value.id);

const layoutSaver = createDebouncedSaver<VennLayout>(async (layout) => {
  try {
    await api()['strategy.save']({ layout });
  } catch (error) {
    useErrors.getState().report('Could not save the diagram', error);
  }
}, LAYOUT_SAVE_DELAY_MS);

const textSaver = createDebouncedSaver<Partial<StrategyText>>(async (changes) => {
  try {
    await api()['strategy.save'](changes);
    // Saved and nothing newer typed since: a later load may trust the store again.
    if (!textSaver.pending()) pendingText = {};
  } catch (error) {
    useErrors.getState().report('Could not save your aspiration', error);
  }
}, TEXT_SAVE_DELAY_MS);

let pendingText: Partial<StrategyText> = {};

export const useStrategy = create<StrategyState>((set, get) => {
  /** Values changed: reconcile the diagram without adding an undo step, and save if it moved. */
  function reconcile(values: Value[]) {
    const history = get().history;
    if (!history) return set({ values });
    const present = effectiveLayout(history.present, activeIds(values));
    const changed = JSON.stringify(present) !== JSON.stringify(history.present);
    set({ values, history: { ...history, present } });
    if (changed) layoutSaver.schedule(present);
  }

  /**
   * Shows the stored values, draft and evidence; text typed and not yet saved stays over the draft. The undo history
   * starts afresh unless asked to keep it and the diagram is unchanged.
   */
  async function fetchAndShow(keepHistory: boolean): Promise<void> {
    const [values, draft, evidence] = await Promise.all([
      api()['values.list']({ includeArchived: true }),
      api()['strategy.get']({}),
      api()['strategy.evidence']({}),
    ]);
    const layout = effectiveLayout(draft.layout, activeIds(values));
    // A first or reconciled layout is saved too, so a version taken before any drag still has its diagram.
    if (JSON.stringify(layout) !== JSON.stringify(draft.layout)) layoutSaver.schedule(layout);
    const history = get().history;
    const unchanged = keepHistory && history !== null && JSON.stringify(history.present) === JSON.stringify(layout);
    set({
      status: 'ready',
      values,
      text: { aspiration: draft.aspiration, strengths: draft.strengths, impact: draft.impact, ...pendingText },
      history: unchanged ? history : startHistory(layout),
      evidence: evidence.items,
    });
  }

  return {
    status: 'idle',
    values: [],
    text: { aspiration: '', strengths: '', impact: '' },
    history: null,
    evidence: [],
    selectedRegion: null,

    async load() {
      set({ status: 'loading' });
      try {
        await fetchAndShow(false);
      } catch (error) {
        set({ status: 'idle' });
        useErrors.getState().report('Could not load your strategy', error);
      }
    },

    async createValue(label) {
      try {
        const colour = nextPaletteColour(get().values.filter((value) => value.archivedAt === null).map((value) => value.colour));
        const value = await api()['values.create']({ label, colour });
        reconcile([...get().values, value]);
        return value;
      } catch (error) {
        useErrors.getState().report('Could not add the value', error);
        return undefined;
      }
    },

    async updateValue(patch) {
      try {
        const updated = await api()['values.update'](patch);
        reconcile(get().values.map((value) => (value.id === updated.id ? updated : value)));
      } catch (error) {
        useErrors.getState().report('Could not save the value', error);
      }
    },

    async move(id, offset) {
      const active = get().values.filter((value) => value.archivedAt === null);
      const index = active.findIndex((value) => value.id === id);
      const target = index + offset;
      if (index < 0 || target < 0 || target >= active.length) return;
      const ids = active.map((value) => value.id);
      [ids[index], ids[target]] = [ids[target] as string, ids[index] as string];
      try {
        const archived = get().values.filter((value) => value.archivedAt !== null);
        const reordered = await api()['values.reorder']({ ids });
        set({ values: [...reordered.filter((value) => value.archivedAt === null), ...archived] });
      } catch (error) {
        useErrors.getState().report('Could not reorder the values', error);
      }
    },

    setShown(id, show) {
      const history = get().history;
      if (!history) return;
      get().commitLayout(withShown(history.present, id, show, activeIds(get().values)));
    },

    editText(changes) {
      pendingText = { ...pendingText, ...changes };
      set((state) => ({ text: { ...state.text, ...changes } }));
      textSaver.schedule({ ...pendingText });
    },

    commitLayout(layout, mergeKey = null) {
      const history = get().history;
      if (!history) return;
      set({ history: commit(history, layout, mergeKey) });
      layoutSaver.schedule(layout);
    },

    undo() {
      const history = get().history;
      if (!history || history.past.length === 0) return;
      const previous = undo(history);
      set({ history: previous });
      layoutSaver.schedule(previous.present);
    },

    redo() {
      const history = get().history;
      if (!history || history.future.length === 0) return;
      const next = redo(history);
      set({ history: next });
      layoutSaver.schedule(next.present);
    },

    selectRegion: (ids) => set({ selectedRegion: ids }),

    async linkReflection(reflectionId, region) {
      const history = get().history;
      if (!history) return;
      try {
        // The evidence counts follow from the change the link reports.
        await api()['strategy.linkReflection']({ reflectionId, region, shown: history.present.shown });
      } catch (error) {
        useErrors.getState().report('Could not link the reflection', error);
      }
    },

    async refreshEvidence() {
      try {
        set({ evidence: (await api()['strategy.evidence']({})).items });
      } catch (error) {
        useErrors.getState().report('Could not count the evidence', error);
      }
    },

    async flush() {
      await Promise.all([layoutSaver.flush(), textSaver.flush()]);
      pendingText = {};
    },

    async applyChange(change) {
      if (get().status !== 'ready') return;
      if (change.aggregates.includes('journal')) {
        // An import or a restore: everything may differ. The diagram saves first; typed text stays over what comes.
        await layoutSaver.flush();
        try {
          await fetchAndShow(true);
        } catch (error) {
          useErrors.getState().report('Could not load your strategy', error);
        }
        return;
      }
      // This store is the only one that writes the draft, so a strategy change is its own save: nothing to fetch.
      try {
        if (touches(change, ['values'])) reconcile(await api()['values.list']({ includeArchived: true }));
        if (touches(change, ['values', 'reflections', 'experiments'])) await get().refreshEvidence();
      } catch (error) {
        useErrors.getState().report('Could not load your values', error);
      }
    },
  };
});

onCoreChange(['values', 'reflections', 'experiments'], (change) => void useStrategy.getState().applyChange(change));
