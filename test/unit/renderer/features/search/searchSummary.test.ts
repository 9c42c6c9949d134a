// The line under the search field says how many results were found, in what order, and when only the newest were ranked.
import { describe, expect, it } from 'vitest';
import { searchSummary } from '../../../../../renderer/features/search/searchSummary';

const done = { status: 'done', hasMore: false, limitedToNewest: null } as const;

describe('search summary', () => {
  it('says how many results were found and in what order', () => {
    expect(searchSummary({ ...done, count: 1, order: 'relevance' })).toBe('1 result, best matches first');
    expect(searchSummary({ ...done, count: 50, hasMore: true, order: 'recency' })).toBe('50+ results, newest first');
  });

  it('says when only the newest matching entries were ranked, and how to reach older ones', () => {
    const said = searchSummary({ ...done, count: 50, hasMore: true, order: 'relevance', limitedToNewest: 1000 });
    expect(said).toBe('50+ results: the best matches among the newest 1,000 entries with these words. To look further back, set an earlier “To” date.');
  });

  it('says nothing before a search and suggests what to try when nothing matches', () => {
    expect(searchSummary({ ...done, status: 'idle', count: 0, order: 'relevance' })).toBe('');
    expect(searchSummary({ ...done, count: 0, order: 'relevance' })).toMatch(/^Nothing found/);
    expect(searchSummary({ ...done, status: 'searching', count: 0, order: 'relevance' })).toBe('Searching…');
  });
});
