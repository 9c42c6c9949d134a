// The handler for Insight: one read of ratings and links, computed by the pure module in shared/domain/insight.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function insightHandlers({ journal }: HandlerContext) {
  return {
    'insight.summary': (input) => journal.repos().insight.summary(input),
  } satisfies Partial<Handlers>;
}

export const insightWrites = { 'insight.summary': reads } satisfies Partial<WriteTable>;
