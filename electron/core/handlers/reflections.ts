// Handlers for reflections, their calendar and their tags.
import type { Handlers } from '../handlers';
import type { HandlerContext } from './context';

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
    'reflections.history': ({ id }) => journal.repos().history.list(id),
    'reflections.restoreVersion': ({ id, versionId }) => journal.repos().reflections.restoreVersion(id, versionId),
    'reflections.calendar': ({ from, to }) => journal.repos().reflections.calendar(from, to),
    'tags.list': () => journal.repos().tags.list(),
    'tags.rename': ({ id, name }) => journal.repos().tags.rename(id, name),
    'tags.merge': ({ sourceIds, targetId }) => journal.repos().tags.merge(sourceIds, targetId),
  } satisfies Partial<Handlers>;
}
