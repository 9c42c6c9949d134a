// Handlers for experiments and the people and places in them.
import type { Handlers } from '../handlers';
import type { HandlerContext } from './context';

export function experimentHandlers({ journal }: HandlerContext) {
  const repo = () => journal.repos().experiments;
  const trash = () => journal.repos().trash;
  return {
    'experiments.list': (input) => repo().list(input),
    'experiments.get': ({ id }) => repo().get(id),
    'experiments.create': (draft) => repo().create(draft),
    'experiments.update': (patch) => repo().update(patch),
    'experiments.delete': ({ id }) => {
      trash().moveToTrash('experiment', id);
      return { deleted: true };
    },
    'experiments.people.create': (draft) => repo().addPerson(draft),
    'experiments.people.update': (patch) => repo().updatePerson(patch),
    'experiments.people.delete': ({ id }) => {
      trash().moveToTrash('person', id);
      return { deleted: true };
    },
    'experiments.places.create': (draft) => repo().addPlace(draft),
    'experiments.places.update': (patch) => repo().updatePlace(patch),
    'experiments.places.delete': ({ id }) => {
      trash().moveToTrash('place', id);
      return { deleted: true };
    },
  } satisfies Partial<Handlers>;
}
