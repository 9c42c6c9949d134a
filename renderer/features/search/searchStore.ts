// Search state: the words, the filters, and results paged from the store; every keystroke searches, one query at
// a time, and a stale answer never replaces a newer one.
import { create } from 'zustand';
import type { SearchHit } from '../../../shared/domain/searchQuery';
import { api, onCoreChange } from '../../app/client';
import { excerpt } from '../journal/reflectionText';
import { useErrors } from '../shell/errorStore';
import { useNavigation } from '../shell/navigationStore';
import { latestOnly } from './latestOnly';

const PAGE_SIZE = 50;

/** Relevance or recency for words; date when only filters are set and entries are browsed. */
export type SearchOrder = 'relevance' | 'recency' | 'date';

export interface SearchFilters {
  tag?: string;
  valueId?: string;
  experimentId?: string;
  from?: string;
  to?: string;
}

interface SearchState {
  text: string;
  filters: SearchFilters;
  hits: SearchHit[];
  hasMore: boolean;
  /** Where the next page starts: an offset for word searches, a cursor when only filters are set. */
  next: { offset: number; cursor: string | null };
  order: SearchOrder;
  /** Set when so many entries match that only the newest this many were ranked by relevance. */
  limitedToNewest: number | null;
  status: 'idle' | 'searching' | 'done';
  active: number;
  setText(text: string): void;
  setFilters(filters: SearchFilters): void;
  /** Searches for the current words and filters; answers arrive as they come, only the newest shown. */
  run(): void;
  loadMore(): Promise<void>;
  setActive(index: number): void;
}

let latest = 0;

function hasFilters(filters: SearchFilters): boolean {
  return Object.values(filters).some(Boolean);
}

async function fetchPage(text: string, filters: SearchFilters, next: SearchState['next']) {
  if (text.trim()) {
    const result = await api()['search.query']({ text, ...filters, limit: PAGE_SIZE, offset: next.offset });
    return {
      hits: result.items,
      hasMore: result.hasMore,
      next: { offset: next.offset + result.items.length, cursor: null },
      order: result.order,
      limitedToNewest: result.limitedToNewest,
    };
  }
  // No words, only filters: browse the matching entries, newest first.
  const page = await api()['reflections.list']({ ...filters, limit: PAGE_SIZE, cursor: next.cursor ?? undefined });
  const hits: SearchHit[] = page.items.map((reflection) => ({
    kind: 'reflection',
    id: reflection.id,
    title: reflection.title,
    date: reflection.entryDate,
    experimentId: null,
    snippet: { text: excerpt(reflection, 200), ranges: [] },
  }));
  return { hits, hasMore: page.nextCursor !== null, next: { offset: 0, cursor: page.nextCursor }, order: 'date' as const, limitedToNewest: null };
}

export const useSearch = create<SearchState>((set, get) => ({
  text: '',
  filters: {},
  hits: [],
  hasMore: false,
  next: { offset: 0, cursor: null },
  order: 'relevance',
  limitedToNewest: null,
  status: 'idle',
  active: 0,

  setText: (text) => set({ text }),
  setFilters: (filters) => set({ filters }),
  setActive: (index) => set({ active: index }),

  run() {
    const { text, filters } = get();
    latest += 1;
    if (!text.trim() && !hasFilters(filters)) {
      firstPages.cancel();
      set({ hits: [], hasMore: false, status: 'idle', active: 0 });
      return;
    }
    set({ status: 'searching' });
    firstPages.request({ text, filters });
  },

  async loadMore() {
    const { text, filters, next, hasMore, status } = get();
    if (!hasMore || status === 'searching') return;
    const ticket = latest;
    set({ status: 'searching' });
    try {
      const page = await fetchPage(text, filters, next);
      if (ticket !== latest) return;
      set((state) => ({ hits: [...state.hits, ...page.hits], hasMore: page.hasMore, next: page.next, status: 'done' }));
    } catch (error) {
      set({ status: 'done' });
      useErrors.getState().report('Could not load more results', error);
    }
  },
}));

const firstPages = latestOnly(
  ({ text, filters }: { text: string; filters: SearchFilters }) => fetchPage(text, filters, { offset: 0, cursor: null }),
  (_asked, outcome) => {
    if (outcome.ok) useSearch.setState({ ...outcome.value, status: 'done', active: 0 });
    else {
      useSearch.setState({ status: 'done' });
      useErrors.getState().report('Search did not finish', outcome.error);
    }
  },
);

// Results on screen follow edits, imports and deletes; a search not showing runs afresh when it is next asked.
onCoreChange(['reflections', 'tags', 'values', 'experiments', 'strategy', 'versions'], () => {
  if (useNavigation.getState().view === 'search' && useSearch.getState().status === 'done') useSearch.getState().run();
});
