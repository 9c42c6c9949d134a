// Handlers for app facts, prompts, settings, search and drafts.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function journalHandlers({ journal, info, onSettingsChanged }: HandlerContext) {
  return {
    'app.info': () => info(),
    'prompts.list': ({ includeHidden }) => journal.repos().prompts.list(includeHidden),
    'prompts.create': ({ group, text }) => journal.repos().prompts.create(group, text),
    'prompts.update': (patch) => journal.repos().prompts.update(patch),
    'prompts.delete': ({ id }) => {
      journal.repos().trash.moveToTrash('prompt', id);
      return { deleted: true };
    },
    'settings.get': () => journal.repos().settings.all(),
    'settings.set': (change) => {
      const settings = journal.repos().settings.set(change);
      onSettingsChanged();
      return settings;
    },
    'search.query': (input) => journal.repos().search.query(input),
    'drafts.get': ({ key }) => journal.repos().drafts.get(key),
    'drafts.save': ({ key, fields }) => journal.repos().drafts.save(key, fields),
    'drafts.discard': ({ key }) => {
      journal.repos().drafts.discard(key);
      return { deleted: true };
    },
  } satisfies Partial<Handlers>;
}

export const journalWrites = {
  'app.info': reads,
  'prompts.list': reads,
  'prompts.create': { aggregates: ['prompts'], ids: (_input, output) => ({ prompts: [output.id] }) },
  'prompts.update': { aggregates: ['prompts'], ids: (input) => ({ prompts: [input.id] }) },
  'prompts.delete': { aggregates: ['prompts', 'trash'], ids: (input) => ({ prompts: [input.id] }) },
  'settings.get': reads,
  'settings.set': { aggregates: ['settings'] },
  // Prefix searches bring the index's word list up to date: derived data no view shows, so not a change.
  'search.query': reads,
  'drafts.get': reads,
  'drafts.save': { aggregates: ['drafts'] },
  'drafts.discard': { aggregates: ['drafts'] },
} satisfies Partial<WriteTable>;
