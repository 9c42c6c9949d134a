// Handlers for reflections, their calendar and their tags.
import { isBlankReflection } from '../../../shared/domain/reflection';
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function reflectionHandlers({ journal }: HandlerContext) {
  return {
    'reflections.list': (input) => journal.repos().reflections.list(input),
    'reflections.get': ({ id }) => journal.repos().reflections.get(id),
    'reflections.create': (draft) => journal.repos().reflections.create(draft),
    'reflections.update': (patch) => journal.repos().reflections.update(patch),
    'reflections.delete': ({ id }) => {
      journal.repos().trash.moveToTrash('reflection', id);
      return { deleted: true };
    },
    // Checked and removed in one transaction, so words saved from another tab meanwhile keep the entry.
    'reflections.discardBlank': ({ id }) => {
      const { reflections, history, trash } = journal.repos();
      return journal.db().transaction(() => {
        const blank = isBlankReflection(reflections.get(id)) && history.list(id).every((version) => !version.title.trim() && !version.body.trim());
        if (!blank) return { discarded: false };
        trash.moveToTrash('reflection', id);
        trash.deleteForever('reflection', id);
        return { discarded: true };
      })();
    },
    'reflections.history': ({ id }) => journal.repos().history.list(id),
    'reflections.restoreVersion': ({ id, versionId }) => journal.repos().reflections.restoreVersion(id, versionId),
    'reflections.linkExperiment': ({ reflectionId, experimentId, linked }) => {
      const { reflections, experiments } = journal.repos();
      return journal.db().transaction(() => {
        if (linked) experiments.get(experimentId);
        const others = reflections.get(reflectionId).experimentIds.filter((id) => id !== experimentId);
        return reflections.update({ id: reflectionId, experimentIds: linked ? [...others, experimentId] : others });
      })();
    },
    'reflections.calendar': ({ from, to }) => journal.repos().reflections.calendar(from, to),
    'tags.list': () => journal.repos().tags.list(),
    'tags.rename': ({ id, name }) => journal.repos().tags.rename(id, name),
    'tags.merge': ({ sourceIds, targetId }) => journal.repos().tags.merge(sourceIds, targetId),
    'tags.delete': ({ id }) => journal.repos().tags.delete(id),
  } satisfies Partial<Handlers>;
}

/** A reflection's tags are its own rows; renaming or merging tags rewrites which tags reflections carry. */
export const reflectionWrites = {
  'reflections.list': reads,
  'reflections.get': reads,
  'reflections.create': { aggregates: ['reflections', 'tags'], ids: (_input, output) => ({ reflections: [output.id] }) },
  // Tags change only when the save names them; most saves are text, and then no view need count tags again.
  'reflections.update': {
    aggregates: ['reflections', 'tags'],
    ids: (input) => ({ reflections: [input.id], ...(input.tags === undefined ? { tags: [] } : {}) }),
  },
  'reflections.delete': { aggregates: ['reflections', 'tags', 'trash'], ids: (input) => ({ reflections: [input.id] }) },
  'reflections.discardBlank': { aggregates: ['reflections', 'trash'], ids: (input) => ({ reflections: [input.id] }) },
  'reflections.linkExperiment': { aggregates: ['reflections'], ids: (input) => ({ reflections: [input.reflectionId] }) },
  'reflections.history': reads,
  'reflections.restoreVersion': { aggregates: ['reflections'], ids: (input) => ({ reflections: [input.id] }) },
  'reflections.calendar': reads,
  'tags.list': reads,
  'tags.rename': { aggregates: ['tags', 'reflections'] },
  'tags.merge': { aggregates: ['tags', 'reflections'] },
  'tags.delete': { aggregates: ['tags', 'reflections'] },
} satisfies Partial<WriteTable>;
