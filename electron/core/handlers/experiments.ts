// Handlers for experiments and the people and places in them.
import type { Handlers } from '../handlers';
import type { HandlerContext } from './context';

export function experimentHandlers({ journal }: HandlerContext) {
  const repo = () => journal.repos().experiments;
  return {
    'experiments.list': (input) => repo().list(input),
    'experiments.get': ({ id }) => repo().get(id),
    'experiments.create': (draft) => repo().create(draft),
    'experiments.update': (patch) => repo().update(patch),
    'experiments.delete': ({ id }) => {
      repo().remove(id);
      return { deleted: true };
    },
    'experiments.people.create': (draft) => repo().addPerson(draft),
    'experiments.people.update': (patch) => repo().updatePerson(patch),
    'experiments.people.delete': ({ id }) => {
      repo().removePerson(id);
      return { deleted: true };
    },
    'experiments.places.create': (draft) => repo().addPlace(draft),
    'experiments.places.update': (patch) => repo().updatePlace(patch),
    'experiments.places.delete': ({ id }) => {
      repo().removePlace(id);
      return { deleted: true };
    },
  } satisfies Partial<Handlers>;
}
