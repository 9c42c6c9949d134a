// Handlers for values and the strategy draft with its versions.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function strategyHandlers({ journal }: HandlerContext) {
  return {
    'values.list': ({ includeArchived }) => journal.repos().values.list(includeArchived),
    'values.get': ({ id }) => journal.repos().values.get(id),
    'values.create': (draft) => journal.repos().values.create(draft),
    'values.update': (patch) => journal.repos().values.update(patch),
    'values.delete': ({ id }) => {
      journal.repos().trash.moveToTrash('value', id);
      return { deleted: true };
    },
    'values.reorder': ({ ids }) => journal.repos().values.reorder(ids),
    'strategy.get': () => journal.repos().strategy.draft(),
    'strategy.save': (changes) => journal.repos().strategy.save(changes),
    'strategy.snapshot': ({ changeNote }) => journal.repos().strategy.snapshot(changeNote),
    'strategy.versions.list': ({ limit, offset }) => journal.repos().strategy.versions(limit, offset),
    'strategy.versions.get': ({ id }) => journal.repos().strategy.version(id),
  } satisfies Partial<Handlers>;
}

export const strategyWrites = {
  'values.list': reads,
  'values.get': reads,
  'values.create': { aggregates: ['values'], ids: (_input, output) => ({ values: [output.id] }) },
  'values.update': { aggregates: ['values'], ids: (input) => ({ values: [input.id] }) },
  // A deleted value leaves the reflections and experiments that expressed or tested it.
  'values.delete': { aggregates: ['values', 'reflections', 'experiments', 'trash'], ids: (input) => ({ values: [input.id] }) },
  'values.reorder': { aggregates: ['values'] },
  'strategy.get': reads,
  'strategy.save': { aggregates: ['strategy'] },
  'strategy.snapshot': { aggregates: ['versions'], ids: (_input, output) => ({ versions: [output.id] }) },
  'strategy.versions.list': reads,
  'strategy.versions.get': reads,
} satisfies Partial<WriteTable>;
