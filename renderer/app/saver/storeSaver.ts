// A saver owned by a store for the page's whole life (the strategy draft, the diagram), registered under its key so
// page-wide flushes and "has unsaved edits" questions reach it as they reach a surface's own saver. Edits the core
// refuses are kept as a surface's are (keptRefusals.ts), and the store hands them back when it shows its values.
import { createAutosaver, type Autosaver, type AutosaveOptions } from './autosave';
import { keptRefusals, type RestoreHooks } from './keptRefusals';
import { registerSaver } from './saveRegistry';
import { describeSaveFailure, isRefusal } from './saveStatus';

export interface StoreSaver<P extends object> extends Autosaver<P> {
  /** Shows refused edits kept from before (this page or an earlier one) again; call once the stored values are shown. */
  restoreKept(hooks: RestoreHooks<P>): Promise<void>;
  /** Drops the refused (or any unsaved) edits, here and where they were kept. */
  discardKept(): Promise<void>;
}

export function createStoreSaver<P extends object>(key: string, options: Omit<AutosaveOptions<P>, 'describe'>): StoreSaver<P> {
  const saver = createAutosaver<P>({ describe: describeSaveFailure, isRefusal, ...options, save: keptRefusals.keeping<P>(key, options.save) });
  registerSaver(key, saver as Autosaver<object>);
  return {
    ...saver,
    restoreKept: (hooks) => keptRefusals.restore<P>(key, saver, hooks),
    async discardKept() {
      saver.discard();
      options.onStatus({ state: 'saved' });
      await keptRefusals.discard(key);
    },
  };
}
