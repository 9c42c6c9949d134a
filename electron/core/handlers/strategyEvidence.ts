// Handler for the Venn diagram's evidence: linked reflections and experiments in one read, counted by the renderer per region.
import type { Handlers } from '../handlers';
import type { HandlerContext } from './context';

export function strategyEvidenceHandlers({ journal }: HandlerContext) {
  return {
    'strategy.evidence': () => ({ items: journal.repos().evidence.linkedItems() }),
  } satisfies Partial<Handlers>;
}
