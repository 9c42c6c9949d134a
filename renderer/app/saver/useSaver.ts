// Binds one autosaver to a surface under a key: registered for page-wide flushes while the surface is open, flushed
// when it closes (a view switch), and kept retrying after it has gone until what was typed is stored.
import { useEffect, useState } from 'react';
import { createAutosaver, type Autosaver, type AutosaveStatus } from './autosave';
import { registerSaver } from './saveRegistry';
import { describeSaveFailure, isRefusal } from './saveStatus';

export interface SaverOptions {
  /** Told once per run of failures (the status beside the field says the rest). */
  onFirstFailure?(error: unknown): void;
}

export function useSaver<P extends object>(
  key: string,
  save: (patch: Partial<P>) => Promise<unknown>,
  options: SaverOptions = {},
): { saver: Autosaver<P>; status: AutosaveStatus } {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'saved' });
  // Made once per surface (a surface showing another row is keyed by that row, so it gets its own saver), reading the
  // newest callbacks from a box so it always saves through the current props.
  const [{ saver, callbacks, release }] = useState(() => {
    const callbacks = latestBox({ save, options });
    const release = latestBox<(() => void) | null>(null);
    const autosaver = createAutosaver<P>({
      save: async (patch) => void (await callbacks.get().save(patch)),
      onStatus: (next) => {
        setStatus(next);
        if (next.state === 'saved') release.get()?.();
      },
      describe: describeSaveFailure,
      isRefusal,
      onFirstFailure: (error) => callbacks.get().options.onFirstFailure?.(error),
    });
    return { saver: autosaver, callbacks, release };
  });
  useEffect(() => callbacks.set({ save, options }));

  useEffect(() => {
    release.set(null);
    const unregister = registerSaver(key, saver as Autosaver<object>);
    let open = true;
    const releaseWhenClosed = () => {
      if (open) return;
      unregister();
      saver.dispose();
    };
    return () => {
      open = false;
      // The surface closed: save what is left; if that fails, the retries carry on and release it once saved.
      release.set(releaseWhenClosed);
      void saver.flush().then((saved) => saved && releaseWhenClosed());
    };
  }, [key, saver, release]);

  return { saver, status };
}

/** A value the saver's callbacks read when they run, replaced after each render. */
function latestBox<T>(initial: T): { get(): T; set(next: T): void } {
  let current = initial;
  return {
    get: () => current,
    set: (next) => {
      current = next;
    },
  };
}
