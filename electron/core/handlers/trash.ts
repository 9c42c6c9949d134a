// Handlers for Recently deleted: list, restore, delete for good, empty.
import type { Handlers } from '../handlers';
import type { HandlerContext } from './context';

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
