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
    // Deleting for good also lets go of the photos and files nothing else refers to any more.
    'trash.deleteForever': ({ kind, id }) => {
      trash().deleteForever(kind, id);
      journal.repos().attachments.removeUnreferenced();
      return { deleted: true };
    },
    'trash.empty': () => {
      const deleted = trash().empty();
      journal.repos().attachments.removeUnreferenced();
      return { deleted };
    },
  } satisfies Partial<Handlers>;
}

/** Restoring or deleting for good can touch any kind of item, with its links, so every kind a delete can take is named. */
const anyDeleted = { aggregates: ['trash', 'reflections', 'tags', 'values', 'experiments', 'prompts'] } as const;

export const trashWrites = {
  'trash.list': reads,
  'trash.restore': anyDeleted,
  'trash.deleteForever': { aggregates: [...anyDeleted.aggregates, 'attachments'] },
  'trash.empty': { aggregates: [...anyDeleted.aggregates, 'attachments'] },
} satisfies Partial<WriteTable>;
