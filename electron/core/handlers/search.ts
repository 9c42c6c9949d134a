// The handler for search.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function searchHandlers({ journal }: HandlerContext) {
  return {
    'search.query': (input) => journal.repos().search.query(input),
  } satisfies Partial<Handlers>;
}

export const searchWrites = {
  // Prefix searches bring the index's word list up to date: derived data no view shows, so not a change.
  'search.query': reads,
} satisfies Partial<WriteTable>;
