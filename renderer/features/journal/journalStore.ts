// The journal's list and selection, loaded page by page from the store, newest first.
import { create } from 'zustand';
import { localCalendarDate } from '../../../shared/domain/dates';
import type { Reflection } from '../../../shared/domain/reflection';
import { api } from '../../app/client';
import { useErrors } from '../shell/errorStore';

const PAGE_SIZE = 50;

export interface ReflectionEdits {
  entryDate?: string;
  title?: string;
  body?: string;
}

interface JournalState {
  items: Reflection[];
  nextCursor: string | null;
  selectedId: string | null;
  status: 'idle' | 'loading' | 'ready';
  creating: boolean;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  select(id: string | null): void;
  create(): Promise<Reflection | undefined>;
  save(id: string, edits: ReflectionEdits): Promise<boolean>;
  remove(id: string): Promise<boolean>;
}

/** Keeps the list in the store's order (entry date, then creation time, newest first). */
export function sortNewestFirst(items: Reflection[]): Reflection[] {
  return [...items].sort(
    (a, b) =>
      b.entryDate.localeCompare(a.entryDate) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id),
  );
}

export const useJournal = create<JournalState>((set, get) => ({
  items: [],
  nextCursor: null,
  selectedId: null,
  status: 'idle',
  creating: false,

  async load() {
    set({ status: 'loading' });
    try {
      const page = await api()['reflections.list']({ limit: PAGE_SIZE });
      set((state) => ({
        items: page.items,
        nextCursor: page.nextCursor,
        status: 'ready',
        selectedId: state.selectedId ?? page.items[0]?.id ?? null,
      }));
    } catch (error) {
      set({ status: 'ready' });
      useErrors.getState().report('Could not load your reflections', error);
    }
  },

  async loadMore() {
    const cursor = get().nextCursor;
    if (!cursor) return;
    try {
      const page = await api()['reflections.list']({ limit: PAGE_SIZE, cursor });
      set((state) => ({ items: [...state.items, ...page.items], nextCursor: page.nextCursor }));
    } catch (error) {
      useErrors.getState().report('Could not load older reflections', error);
    }
  },

  select(id) {
    set({ selectedId: id });
  },

  async create() {
    // Close the current editor at once (it saves as it closes), so nothing typed meanwhile lands in the old entry.
    const previous = get().selectedId;
    set({ selectedId: null, creating: true });
    try {
      const created = await api()['reflections.create']({ entryDate: localCalendarDate() });
      set((state) => ({ items: sortNewestFirst([created, ...state.items]), selectedId: created.id, creating: false }));
      return created;
    } catch (error) {
      set({ selectedId: previous, creating: false });
      useErrors.getState().report('Could not start a new reflection', error);
      return undefined;
    }
  },

  async save(id, edits) {
    try {
      const saved = await api()['reflections.update']({ id, ...edits });
      set((state) => ({ items: sortNewestFirst(state.items.map((r) => (r.id === id ? saved : r))) }));
      return true;
    } catch (error) {
      useErrors.getState().report('Your changes were not saved', error);
      return false;
    }
  },

  async remove(id) {
    try {
      await api()['reflections.delete']({ id });
      set((state) => {
        const index = state.items.findIndex((r) => r.id === id);
        const items = state.items.filter((r) => r.id !== id);
        const neighbour = items[Math.min(index, items.length - 1)];
        return { items, selectedId: state.selectedId === id ? (neighbour?.id ?? null) : state.selectedId };
      });
      return true;
    } catch (error) {
      useErrors.getState().report('The reflection was not deleted', error);
      return false;
    }
  },
}));
