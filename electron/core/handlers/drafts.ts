// Handlers for drafts: what was typed into a form whose record does not exist yet (or was refused), kept by the core.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function draftHandlers({ journal }: HandlerContext) {
  return {
    'drafts.get': ({ key }) => journal.repos().drafts.get(key),
    'drafts.save': ({ key, fields }) => journal.repos().drafts.save(key, fields),
    'drafts.discard': ({ key }) => {
      journal.repos().drafts.discard(key);
      return { deleted: true };
    },
  } satisfies Partial<Handlers>;
}

export const draftWrites = {
  'drafts.get': reads,
  'drafts.save': { aggregates: ['drafts'] },
  'drafts.discard': { aggregates: ['drafts'] },
} satisfies Partial<WriteTable>;
