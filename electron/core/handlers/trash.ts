// Handlers for Recently deleted: list, restore, delete for good, empty.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function trashHandlers({ journal }: HandlerContext) {
  const trash = () => journal.repos().trash;
  return {
    'trash.list': () => trash().list(),
    'trash.restore': ({ kind, id }) => {
      trash().restore(kind, id);
      return { restored: true };
    },
    'trash.deleteForever': ({ kind, id }) => {
      trash().deleteForever(kind, id);
      return { deleted: true };
    },
    'trash.empty': () => ({ deleted: trash().empty() }),
  } satisfies Partial<Handlers>;
}

/** Restoring or deleting for good can touch any kind of item, with its links, so every kind a delete can take is named. */
const anyDeleted = { aggregates: ['trash', 'reflections', 'tags', 'values', 'experiments', 'prompts'] } as const;

export const trashWrites = {
  'trash.list': reads,
  'trash.restore': anyDeleted,
  'trash.deleteForever': anyDeleted,
  'trash.empty': anyDeleted,
} satisfies Partial<WriteTable>;
