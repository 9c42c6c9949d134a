// Handlers for app facts, prompts, settings, search and drafts.
import type { Handlers } from '../handlers';
import type { HandlerContext } from './context';

export function journalHandlers({ journal, info, onSettingsChanged }: HandlerContext) {
  return {
    'app.info': () => info(),
    'prompts.list': ({ includeHidden }) => journal.repos().prompts.list(includeHidden),
    'prompts.create': ({ group, text }) => journal.repos().prompts.create(group, text),
    'prompts.update': (patch) => journal.repos().prompts.update(patch),
    'prompts.delete': ({ id }) => {
      journal.repos().prompts.remove(id);
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
