// Handlers for the strategy timeline: one aggregated read so the view never loads every reflection.
import type { Handlers } from '../handlers';
import type { HandlerContext } from './context';

export function timelineHandlers({ journal }: HandlerContext) {
  return {
    'timeline.summary': (range) => journal.repos().timeline.summary(range),
  } satisfies Partial<Handlers>;
}
