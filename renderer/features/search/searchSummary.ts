// The line under the search field: how many results were found, in what order, and when only the newest were ranked.
import type { SearchOrder } from './searchStore';

export interface SummaryInput {
  count: number;
  hasMore: boolean;
  order: SearchOrder;
  status: 'idle' | 'searching' | 'done';
  /** Relevance ranked only this many of the newest matching entries (the store's result says so), else null. */
  limitedToNewest: number | null;
}

export function searchSummary({ count, hasMore, order, status, limitedToNewest }: SummaryInput): string {
  if (status === 'searching' && count === 0) return 'Searching…';
  if (count === 0) return status === 'idle' ? '' : 'Nothing found. Try fewer words, or fewer letters of the last one.';
  const many = `${count}${hasMore ? '+' : ''} ${count === 1 ? 'result' : 'results'}`;
  if (order === 'relevance' && limitedToNewest !== null) {
    return `${many}: the best matches among the newest ${limitedToNewest.toLocaleString('en')} entries with these words. To look further back, set an earlier “To” date.`;
  }
  if (order === 'relevance') return `${many}, best matches first`;
  return `${many}, newest first`;
}
