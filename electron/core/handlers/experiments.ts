// Handlers for experiments and the people and places in them.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function experimentHandlers({ journal }: HandlerContext) {
  const repo = () => journal.repos().experiments;
  const trash = () => journal.repos().trash;
  return {
    'experiments.list': (input) => repo().list(input),
    'experiments.get': ({ id }) => repo().get(id),
    'experiments.create': (draft) => repo().create(draft),
    'experiments.update': (patch) => repo().update(patch),
    'experiments.conclude': ({ checkInNote, ...conclusion }) =>
      journal.db().transaction(() => {
        const experiment = repo().update({ ...conclusion, status: 'concluded' });
        const version = checkInNote === null ? null : journal.repos().strategy.snapshot(checkInNote);
        return { experiment, version };
      })(),
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

/** A delete moves the item to Recently deleted, leaving its tombstone. */
const experimentPartDeleted = { aggregates: ['experiments', 'trash'] } as const;

export const experimentWrites = {
  'experiments.list': reads,
  'experiments.get': reads,
  'experiments.create': { aggregates: ['experiments'], ids: (_input, output) => ({ experiments: [output.id] }) },
  'experiments.update': { aggregates: ['experiments'], ids: (input) => ({ experiments: [input.id] }) },
  'experiments.conclude': {
    aggregates: ['experiments', 'versions'],
    ids: (input, output) => ({ experiments: [input.id], versions: output.version ? [output.version.id] : [] }),
  },
  // Deleting an experiment moves it to Recently deleted and unlinks the reflections logged as its evidence.
  'experiments.delete': { aggregates: ['experiments', 'reflections', 'trash'], ids: (input) => ({ experiments: [input.id] }) },
  'experiments.people.create': { aggregates: ['experiments'], ids: (input) => ({ experiments: [input.experimentId] }) },
  'experiments.people.update': { aggregates: ['experiments'], ids: (_input, output) => ({ experiments: [output.experimentId] }) },
  'experiments.people.delete': experimentPartDeleted,
  'experiments.places.create': { aggregates: ['experiments'], ids: (input) => ({ experiments: [input.experimentId] }) },
  'experiments.places.update': { aggregates: ['experiments'], ids: (_input, output) => ({ experiments: [output.experimentId] }) },
  'experiments.places.delete': experimentPartDeleted,
} satisfies Partial<WriteTable>;
