// A saver owned by a store for the page's whole life (the strategy draft, the diagram), registered under its key so
// page-wide flushes and "has unsaved edits" questions reach it as they reach a surface's own saver.
import { createAutosaver, type Autosaver, type AutosaveOptions } from './autosave';
import { registerSaver } from './saveRegistry';
import { describeSaveFailure, isRefusal } from './saveStatus';

export function createStoreSaver<P extends object>(key: string, options: Omit<AutosaveOptions<P>, 'describe'>): Autosaver<P> {
  const saver = createAutosaver<P>({ describe: describeSaveFailure, isRefusal, ...options });
  registerSaver(key, saver as Autosaver<object>);
  return saver;
}
