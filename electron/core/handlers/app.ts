// Handlers for the app's facts and its settings.
import type { Handlers } from '../handlerTable';
import type { HandlerContext } from './context';
import { reads, type WriteTable } from '../writes';

export function appHandlers({ journal, info, onSettingsChanged }: HandlerContext) {
  return {
    'app.info': () => info(),
    'settings.get': () => journal.repos().settings.all(),
    'settings.set': (change) => {
      const settings = journal.repos().settings.set(change);
      onSettingsChanged();
      return settings;
    },
  } satisfies Partial<Handlers>;
}

export const appWrites = {
  'app.info': reads,
  'settings.get': reads,
  'settings.set': { aggregates: ['settings'] },
} satisfies Partial<WriteTable>;
