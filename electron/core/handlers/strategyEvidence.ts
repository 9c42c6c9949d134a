// Handlers for the Venn diagram's evidence: linked reflections and experiments in one read, counted by the renderer per
// region, and linking a reflection to a region.
import { linksForRegion } from '../../../shared/domain/evidence';
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function strategyEvidenceHandlers({ journal }: HandlerContext) {
  return {
    'strategy.evidence': () => ({ items: journal.repos().evidence.linkedItems() }),
    'strategy.linkReflection': ({ reflectionId, region, shown }) => {
      const { reflections } = journal.repos();
      return journal.db().transaction(() => {
        const current = reflections.get(reflectionId);
        return reflections.update({ id: reflectionId, valueIds: linksForRegion(current.valueIds, shown, region) });
      })();
    },
  } satisfies Partial<Handlers>;
}

export const strategyEvidenceWrites = {
  'strategy.evidence': reads,
  'strategy.linkReflection': { aggregates: ['reflections'], ids: (input) => ({ reflections: [input.reflectionId] }) },
} satisfies Partial<WriteTable>;
