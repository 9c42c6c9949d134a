// The Strategy view's state: values, the aspiration draft, the Venn layout with its undo history, and region evidence.
import { create } from 'zustand';
import { touches, type CoreChange } from '../../../shared/changes';
import { type EvidenceItem } from '../../../shared/domain/evidence';
import { type VennLayout } from '../../../shared/domain/venn/layout';
import { nextPaletteColour } from '../../../shared/domain/values/palette';
import type { Value, ValuePatch } from '../../../shared/domain/values';
import { api, onCoreChange } from '../../app/client';
import type { AutosaveStatus } from '../../app/saver/autosave';
import { createStoreSaver } from '../../app/saver/storeSaver';
import { useErrors } from '../shell/errorStore';
import { effectiveLayout, withShown } from './venn/effectiveLayout';
import { commit, redo, startHistory, undo, type History } from './venn/layoutHistory';

export type StrategyText = { aspiration: string; strengths: string; impact: string };

interface StrategyState {
  status: 'idle' | 'loading' | 'ready';
  values: Value[];
  text: StrategyText;
  history: History<VennLayout> | null;
  evidence: EvidenceItem[];
  selectedRegion: string[] | null;
  /** Where the aspiration, strengths and impact stand in being saved. */
  textStatus: AutosaveStatus;
  /** Where the diagram stands in being saved. */
  layoutStatus: AutosaveStatus;
  load(): Promise<void>;
  createValue(label: string): Promise<Value | undefined>;
  updateValue(patch: ValuePatch): Promise<void>;
  /** Saves a value's edits for its saver: throws when the core refuses or cannot be reached, so the saver retries. */
  saveValue(patch: ValuePatch): Promise<Value>;
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
  /** The person threw away edits the core refused (kept through reloads until now): the stored ones show again. */
  discardRefused(part: 'text' | 'layout'): Promise<void>;
  /** The core reported a write: refetch what this view shows of it, keeping what is typed here and not yet saved. */
  applyChange(change: CoreChange): Promise<void>;
}

const activeIds = (values: Value[]) => values.filter((value) => value.archivedAt === null).map((value) => value.id);

/** Keys under which the strategy's savers answer "has unsaved edits" (see app/saver/saveRegistry.ts). */
export const STRATEGY_TEXT_SAVER = 'strategy:text';
export const STRATEGY_LAYOUT_SAVER = 'strategy:layout';

export const useStrategy = create<StrategyState>((set, get) => {
  // One saver per half of the draft, so a failing diagram save never holds up the words, and each shows its own state.
  const textSaver = createStoreSaver<StrategyText>(STRATEGY_TEXT_SAVER, {
    save: async (changes) => void (await api()['strategy.save'](changes)),
    onStatus: (textStatus) => set({ textStatus }),
    onFirstFailure: (error) => useErrors.getState().report('Could not save your aspiration', error),
  });
  const layoutSaver = createStoreSaver<{ layout: VennLayout }>(STRATEGY_LAYOUT_SAVER, {
    save: async ({ layout }) => void (layout && (await api()['strategy.save']({ layout }))),
    onStatus: (layoutStatus) => set({ layoutStatus }),
    onFirstFailure: (error) => useErrors.getState().report('Could not save the diagram', error),
  });
  // Counts edits made here, so a stored draft fetched while the person typed or dragged is not shown over them.
  let localEdits = 0;
  const scheduleLayout = (layout: VennLayout) => {
    localEdits += 1;
    layoutSaver.edit({ layout });
  };

  /** Another tab or view saved the draft: show it, except fields with edits here (saved or not) since the fetch began. */
  async function showStoredDraft(): Promise<void> {
    const before = localEdits;
    const draft = await api()['strategy.get']({});
    const history = get().history;
    if (before !== localEdits || !history) return;
    set({ text: { aspiration: draft.aspiration, strengths: draft.strengths, impact: draft.impact, ...textSaver.unsaved() } });
    if (layoutSaver.hasUnsaved()) return;
    const layout = effectiveLayout(draft.layout, activeIds(get().values));
    if (JSON.stringify(layout) !== JSON.stringify(history.present)) set({ history: startHistory(layout) });
  }

  /** Edits the core refused, kept from before (this page or an earlier one), come back over the stored ones. */
  async function restoreRefused(): Promise<void> {
    await Promise.all([
      textSaver.restoreKept({
        show: (edits) => {
          localEdits += 1;
          set((state) => ({ text: { ...state.text, ...edits } }));
        },
        refused: (reason) => set({ textStatus: { state: 'refused', reason } }),
      }),
      layoutSaver.restoreKept({
        show: ({ layout }) => {
          if (!layout) return;
          localEdits += 1;
          set({ history: startHistory(effectiveLayout(layout, activeIds(get().values))) });
        },
        refused: (reason) => set({ layoutStatus: { state: 'refused', reason } }),
      }),
    ]);
  }

  /** Values changed: reconcile the diagram without adding an undo step, and save if it moved. */
  function reconcile(values: Value[]) {
    const history = get().history;
    if (!history) return set({ values });
    const present = effectiveLayout(history.present, activeIds(values));
    const changed = JSON.stringify(present) !== JSON.stringify(history.present);
    set({ values, history: { ...history, present } });
    if (changed) scheduleLayout(present);
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
    // Edits not yet saved win over what the core holds: a refetch or a reload of the view must not undo typing.
    const layout = effectiveLayout(layoutSaver.unsaved().layout ?? draft.layout, activeIds(values));
    // A first or reconciled layout is saved too, so a version taken before any drag still has its diagram.
    if (JSON.stringify(layout) !== JSON.stringify(draft.layout)) scheduleLayout(layout);
    const history = get().history;
    const unchanged = keepHistory && history !== null && JSON.stringify(history.present) === JSON.stringify(layout);
    set({
      status: 'ready',
      values,
      text: { aspiration: draft.aspiration, strengths: draft.strengths, impact: draft.impact, ...textSaver.unsaved() },
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
    textStatus: { state: 'saved' },
    layoutStatus: { state: 'saved' },

    async load() {
      set({ status: 'loading' });
      try {
        await fetchAndShow(false);
      } catch (error) {
        set({ status: 'idle' });
        useErrors.getState().report('Could not load your strategy', error);
        return;
      }
      // The strategy is on screen; edits the core refused before follow once they are read.
      await restoreRefused().catch((error: unknown) => useErrors.getState().report('Could not read the edits kept from before', error));
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
        await get().saveValue(patch);
      } catch (error) {
        useErrors.getState().report('Could not save the value', error);
      }
    },

    async saveValue(patch) {
      const updated = await api()['values.update'](patch);
      reconcile(get().values.map((value) => (value.id === updated.id ? updated : value)));
      return updated;
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
      localEdits += 1;
      set((state) => ({ text: { ...state.text, ...changes } }));
      textSaver.edit(changes);
    },

    commitLayout(layout, mergeKey = null) {
      const history = get().history;
      if (!history) return;
      set({ history: commit(history, layout, mergeKey) });
      scheduleLayout(layout);
    },

    undo() {
      const history = get().history;
      if (!history || history.past.length === 0) return;
      const previous = undo(history);
      set({ history: previous });
      scheduleLayout(previous.present);
    },

    redo() {
      const history = get().history;
      if (!history || history.future.length === 0) return;
      const next = redo(history);
      set({ history: next });
      scheduleLayout(next.present);
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
    },

    async discardRefused(part) {
      await (part === 'text' ? textSaver : layoutSaver).discardKept();
      try {
        const draft = await api()['strategy.get']({});
        if (part === 'text') set({ text: { aspiration: draft.aspiration, strengths: draft.strengths, impact: draft.impact, ...textSaver.unsaved() } });
        else set({ history: startHistory(effectiveLayout(draft.layout, activeIds(get().values))) });
      } catch (error) {
        useErrors.getState().report('Could not load your strategy', error);
      }
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
      try {
        if (touches(change, ['values'])) reconcile(await api()['values.list']({ includeArchived: true }));
        // Its own saves come back too; they show what is already on screen.
        if (touches(change, ['strategy'])) await showStoredDraft();
        if (touches(change, ['values', 'reflections', 'experiments'])) await get().refreshEvidence();
      } catch (error) {
        useErrors.getState().report('Could not load your values', error);
      }
    },
  };
});

onCoreChange(['values', 'reflections', 'experiments', 'strategy'], (change) => void useStrategy.getState().applyChange(change));
