// Handlers for the writing prompts: list, add, edit, and delete into Recently deleted.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function promptHandlers({ journal }: HandlerContext) {
  return {
    'prompts.list': ({ includeHidden }) => journal.repos().prompts.list(includeHidden),
    'prompts.create': ({ group, text }) => journal.repos().prompts.create(group, text),
    'prompts.update': (patch) => journal.repos().prompts.update(patch),
    'prompts.delete': ({ id }) => {
      journal.repos().trash.moveToTrash('prompt', id);
      return { deleted: true };
    },
  } satisfies Partial<Handlers>;
}

export const promptWrites = {
  'prompts.list': reads,
  'prompts.create': { aggregates: ['prompts'], ids: (_input, output) => ({ prompts: [output.id] }) },
  'prompts.update': { aggregates: ['prompts'], ids: (input) => ({ prompts: [input.id] }) },
  'prompts.delete': { aggregates: ['prompts', 'trash'], ids: (input) => ({ prompts: [input.id] }) },
} satisfies Partial<WriteTable>;
