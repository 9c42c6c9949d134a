// The journal's state: the paged entry list and its filter, the open entry, reference lists (tags, values, prompts)
// and the writing surface's modes (preview, focus, shortcuts sheet).
import { create } from 'zustand';
import { changedIds, leftUnchanged, touches, type CoreChange } from '../../../shared/changes';
import { localCalendarDate } from '../../../shared/domain/dates';
import type { Prompt } from '../../../shared/domain/prompts';
import type { Reflection, ReflectionPatch, TagSummary } from '../../../shared/domain/reflection';
import type { Value } from '../../../shared/domain/values';
import { ApiError } from '../../app/api';
import { api, onCoreChange } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { useUndo } from '../shell/undoStore';
import { editSessionOf } from './editSessions';

const PAGE_SIZE = 100;

export type ReflectionEdits = Partial<Omit<ReflectionPatch, 'id'>>;

export interface ListFilter {
  tag?: string;
  /** One calendar day, picked in the calendar. */
  day?: string;
}

export interface NewEntry {
  promptId?: string;
}

interface JournalState {
  items: Reflection[];
  nextCursor: string | null;
  status: 'idle' | 'loading' | 'ready';
  filter: ListFilter;
  selectedId: string | null;
  /** The open entry; it may lie outside the loaded pages (opened from search or another view). */
  current: Reflection | null;
  /** Text to select in the editor once the entry opens (a search match). */
  find: string | null;
  creating: boolean;
  /** Counts texts put into the open entry from outside its editor (a restored version), so the editor starts afresh. */
  editorRevision: number;
  preview: boolean;
  focusMode: boolean;
  shortcutsOpen: boolean;
  promptPickerOpen: boolean;
  tags: TagSummary[];
  values: Value[];
  prompts: Prompt[];
  load(): Promise<void>;
  loadMore(): Promise<void>;
  setFilter(filter: ListFilter): Promise<void>;
  loadReference(): Promise<void>;
  refreshTags(): Promise<void>;
  refreshPrompts(): Promise<void>;
  open(id: string, find?: string | null): Promise<void>;
  closeEntry(): void;
  selectAdjacent(step: 1 | -1): Promise<void>;
  create(entry?: NewEntry): Promise<Reflection | undefined>;
  /** Opens a new entry the core makes (a blank one, a review); on failure the entry that was open comes back. */
  begin(make: () => Promise<Reflection>, failure: string): Promise<Reflection | undefined>;
  /** Throws when the store refuses or cannot be reached, so the autosaver can retry. */
  save(id: string, edits: ReflectionEdits): Promise<Reflection>;
  remove(id: string): Promise<boolean>;
  /** Makes an earlier version the current text; the editor reopens on it. */
  restoreVersion(id: string, versionId: string): Promise<boolean>;
  togglePreview(): void;
  toggleFocusMode(): void;
  setShortcutsOpen(open: boolean): void;
  setPromptPickerOpen(open: boolean): void;
  reset(): void;
  /** The core reported a write: refetch what this store shows of it. */
  applyChange(change: CoreChange): Promise<void>;
}

/** A refetched entry replaces the held one unless an answer that started earlier arrived later (it would be older). */
function fresher(incoming: Reflection, held: Reflection | undefined | null): boolean {
  return !held || incoming.updatedAt >= held.updatedAt;
}

/** Keeps the list in the store's order (entry date, then creation time, newest first). */
export function sortNewestFirst(items: Reflection[]): Reflection[] {
  return [...items].sort(newestFirst);
}

function newestFirst(a: Reflection, b: Reflection): number {
  return b.entryDate.localeCompare(a.entryDate) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
}

function listInput(filter: ListFilter) {
  return { limit: PAGE_SIZE, tag: filter.tag, from: filter.day, to: filter.day };
}

type ReflectionPage = Awaited<ReturnType<ReturnType<typeof api>['reflections.list']>>;

/** The unfiltered first page, asked for while the app starts; taken once by the first load. */
let prefetched: Promise<ReflectionPage | null> | null = null;

/** Sends the first page's request alongside the journal's status, so the list is on its way before the view mounts. */
export function prefetchFirstPage(): void {
  // A locked journal refuses the request; the first load then asks again once it is open.
  prefetched = api()['reflections.list'](listInput({})).catch(() => null);
}

/** Counts list loads: an answer is applied only if no later load started and nothing asked for a reload meanwhile. */
let loadCount = 0;

/**
 * Starts a list load and returns whether its answer is still wanted: not when another load started (a new filter or
 * page) or another view changed the journal and set the status back to 'idle' to have it loaded again, since the
 * answer would then show entries as they were, or for the wrong filter.
 */
function startLoad(get: () => { status: JournalState['status'] }): () => boolean {
  const load = ++loadCount;
  return () => load === loadCount && get().status === 'loading';
}

function takePrefetched(filter: ListFilter): Promise<ReflectionPage | null> | null {
  const early = prefetched;
  prefetched = null;
  return early && !filter.tag && !filter.day ? early : null;
}

const initial = {
  items: [],
  nextCursor: null,
  status: 'idle' as const,
  filter: {},
  selectedId: null,
  current: null,
  find: null,
  creating: false,
  editorRevision: 0,
  preview: false,
  focusMode: false,
  shortcutsOpen: false,
  promptPickerOpen: false,
};

export const useJournal = create<JournalState>((set, get) => ({
  ...initial,
  tags: [],
  values: [],
  prompts: [],

  async load() {
    const current = startLoad(get);
    set({ status: 'loading' });
    try {
      const filter = get().filter;
      const page = (await takePrefetched(filter)) ?? (await api()['reflections.list'](listInput(filter)));
      if (current()) set({ items: page.items, nextCursor: page.nextCursor, status: 'ready' });
    } catch (error) {
      if (!current()) return;
      set({ status: 'ready' });
      useErrors.getState().report('Could not load your reflections', error);
    }
  },

  async loadMore() {
    const cursor = get().nextCursor;
    if (!cursor || get().status === 'loading') return;
    const current = startLoad(get);
    set({ status: 'loading' });
    try {
      const page = await api()['reflections.list']({ ...listInput(get().filter), cursor });
      if (!current()) return;
      set((state) => ({ items: [...state.items, ...page.items], nextCursor: page.nextCursor, status: 'ready' }));
    } catch (error) {
      if (!current()) return;
      set({ status: 'ready' });
      useErrors.getState().report('Could not load older reflections', error);
    }
  },

  async setFilter(filter) {
    set({ filter, items: [], nextCursor: null });
    await get().load();
  },

  async loadReference() {
    try {
      const [tags, values, prompts] = await Promise.all([
        api()['tags.list']({}),
        api()['values.list']({}),
        api()['prompts.list']({ includeHidden: true }),
      ]);
      set({ tags, values, prompts });
    } catch (error) {
      useErrors.getState().report('Could not load your tags, values and prompts', error);
    }
  },

  async refreshTags() {
    try {
      set({ tags: await api()['tags.list']({}) });
    } catch (error) {
      useErrors.getState().report('Could not load your tags', error);
    }
  },

  async refreshPrompts() {
    try {
      set({ prompts: await api()['prompts.list']({ includeHidden: true }) });
    } catch (error) {
      useErrors.getState().report('Could not load your prompts', error);
    }
  },

  async open(id, find = null) {
    const loaded = get().items.find((r) => r.id === id);
    if (loaded) {
      set({ selectedId: id, current: loaded, find });
      return;
    }
    // Not in the loaded pages (opened from search, the calendar or another view): fetch just this one.
    set({ selectedId: id, current: null, find });
    try {
      const reflection = await api()['reflections.get']({ id });
      if (get().selectedId === id) set({ current: reflection });
    } catch (error) {
      set({ selectedId: null });
      useErrors.getState().report('Could not open that reflection', error);
    }
  },

  closeEntry() {
    set({ selectedId: null, current: null, find: null, focusMode: false });
  },

  async selectAdjacent(step) {
    const { items, selectedId, nextCursor } = get();
    const index = items.findIndex((r) => r.id === selectedId);
    const target = index === -1 ? (step === 1 ? 0 : -1) : index + step;
    if (target >= items.length && nextCursor) await get().loadMore();
    const next = get().items[target];
    if (next) await get().open(next.id);
  },

  create(entry = {}) {
    const entryDate = get().filter.day ?? localCalendarDate(); // a day picked on the calendar is the day written about
    return get().begin(() => api()['reflections.create']({ entryDate, ...entry }), 'Could not start a new reflection');
  },

  async begin(make, failure) {
    // Close the current editor at once (it saves as it closes), so nothing typed meanwhile lands in the old entry.
    const previous = get().current;
    set({ selectedId: null, current: null, creating: true, find: null, preview: false });
    try {
      const created = await make();
      set((state) => ({
        items: sortNewestFirst([created, ...state.items]),
        selectedId: created.id,
        current: created,
        creating: false,
      }));
      return created;
    } catch (error) {
      set({ selectedId: previous?.id ?? null, current: previous, creating: false });
      useErrors.getState().report(failure, error);
      return undefined;
    }
  },

  async save(id, edits) {
    const saved = await api()['reflections.update']({ id, ...edits, editSession: editSessionOf(id) });
    set((state) => ({
      items: sortNewestFirst(state.items.map((r) => (r.id === id ? saved : r))),
      current: state.current?.id === id ? saved : state.current,
    }));
    if (edits.tags) void get().refreshTags();
    return saved;
  },

  async remove(id) {
    try {
      await api()['reflections.delete']({ id });
      set((state) => ({
        items: state.items.filter((r) => r.id !== id),
        selectedId: state.selectedId === id ? null : state.selectedId,
        current: state.current?.id === id ? null : state.current,
        focusMode: false,
      }));
      void get().refreshTags();
      // The list and tags come back through the change feed; the entry opens again where it was.
      useUndo.getState().show('Reflection moved to Recently deleted.', { kind: 'reflection', id }, () => void get().open(id));
      return true;
    } catch (error) {
      useErrors.getState().report('The reflection was not deleted', error);
      return false;
    }
  },

  async restoreVersion(id, versionId) {
    try {
      const restored = await api()['reflections.restoreVersion']({ id, versionId });
      set((state) => ({
        items: sortNewestFirst(state.items.map((r) => (r.id === id ? restored : r))),
        current: state.current?.id === id ? restored : state.current,
        editorRevision: state.editorRevision + 1,
      }));
      return true;
    } catch (error) {
      useErrors.getState().report('The earlier version was not restored', error);
      return false;
    }
  },

  togglePreview: () => set((state) => ({ preview: !state.preview })),
  toggleFocusMode: () => set((state) => ({ focusMode: state.current ? !state.focusMode : false })),
  setShortcutsOpen: (open) => set({ shortcutsOpen: open }),
  setPromptPickerOpen: (open) => set({ promptPickerOpen: open }),
  reset: () => set({ ...initial }),

  async applyChange(change) {
    // The entries are asked for first: the core answers in the order asked, and the list waits only on them.
    const entries = refreshEntries(change, get, set);
    const reference = [
      touches(change, ['tags', 'reflections']) && !leftUnchanged(change, 'tags') && get().refreshTags(),
      touches(change, ['prompts']) && get().refreshPrompts(),
      touches(change, ['values']) && refreshValues(set),
    ];
    await Promise.all([entries, ...reference]);
  },
}));

async function refreshValues(set: (partial: Partial<JournalState>) => void): Promise<void> {
  try {
    set({ values: await api()['values.list']({}) });
  } catch (error) {
    useErrors.getState().report('Could not load your values', error);
  }
}

/**
 * Known rows are fetched again one by one (a deleted one leaves the list); a new row, or a change anywhere, reloads
 * the first page in place, keeping older pages already loaded. The open editor keeps what the person typed: it takes
 * a fresher copy only for fields it has no unsaved edits in (see ReflectionEditor).
 */
async function refreshEntries(
  change: CoreChange,
  get: () => JournalState,
  set: (partial: Partial<JournalState> | ((state: JournalState) => Partial<JournalState>)) => void,
): Promise<void> {
  const ids = changedIds(change, 'reflections');
  if (ids?.length === 0 || get().status === 'idle') return;
  const { items, current } = get();
  const held = new Set([...items.map((item) => item.id), ...(current ? [current.id] : [])]);
  if (ids !== null && ids.every((id) => held.has(id))) {
    await Promise.all(ids.map((id) => refetchOne(id, get, set)));
    return;
  }
  const loads = loadCount;
  const filter = get().filter;
  try {
    const page = await api()['reflections.list'](listInput(filter));
    // A load started meanwhile (another filter, a page further) answers for itself.
    if (loads !== loadCount || get().filter !== filter) return;
    const fresh = new Set(page.items.map((item) => item.id));
    const last = page.items.at(-1);
    set((state) => {
      const older = state.items.filter(
        (item) => page.nextCursor !== null && last !== undefined && !fresh.has(item.id) && newestFirst(item, last) > 0,
      );
      return { items: [...page.items, ...older], nextCursor: older.length > 0 ? state.nextCursor : page.nextCursor };
    });
    if (current && (ids === null || ids.includes(current.id))) await refetchOne(current.id, get, set);
  } catch (error) {
    useErrors.getState().report('Could not load your reflections', error);
  }
}

async function refetchOne(
  id: string,
  get: () => JournalState,
  set: (partial: (state: JournalState) => Partial<JournalState>) => void,
): Promise<void> {
  try {
    const fresh = await api()['reflections.get']({ id });
    set((state) => ({
      items: state.items.map((item) => (item.id === id && fresher(fresh, item) ? fresh : item)),
      current: state.current?.id === id && fresher(fresh, state.current) ? fresh : state.current,
    }));
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'NOT_FOUND')) {
      useErrors.getState().report('Could not reload a reflection', error);
      return;
    }
    set((state) => ({
      items: state.items.filter((item) => item.id !== id),
      selectedId: state.selectedId === id ? null : state.selectedId,
      current: state.current?.id === id ? null : state.current,
    }));
  }
}

onCoreChange(['reflections', 'tags', 'values', 'prompts'], (change) => {
  // A page asked for before this change (the first run saves a reflection before the journal ever shows) is stale.
  if (touches(change, ['reflections'])) prefetched = null;
  void useJournal.getState().applyChange(change);
});
