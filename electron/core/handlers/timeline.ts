// Handlers for the strategy timeline: one aggregated read so the view never loads every reflection.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function timelineHandlers({ journal }: HandlerContext) {
  return {
    'timeline.summary': (range) => journal.repos().timeline.summary(range),
  } satisfies Partial<Handlers>;
}

export const timelineWrites = { 'timeline.summary': reads } satisfies Partial<WriteTable>;
