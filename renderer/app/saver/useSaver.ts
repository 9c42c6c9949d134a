// Binds one autosaver to a surface under a key: registered for page-wide flushes while the surface is open, flushed
// when it closes (a view switch), and kept retrying after it has gone until what was typed is stored. Edits the core
// refuses are kept (keptRefusals.ts) and handed back to the surface when it opens again.
import { useEffect, useState } from 'react';
import { createAutosaver, type Autosaver, type AutosaveStatus } from './autosave';
import { keptRefusals } from './keptRefusals';
import { registerSaver } from './saveRegistry';
import { describeSaveFailure, isRefusal } from './saveStatus';

export interface SaverOptions<P extends object = Record<string, unknown>> {
  /** Told once per run of failures (the status beside the field says the rest). */
  onFirstFailure?(error: unknown): void;
  /**
   * Refused edits kept from an earlier visit (or page) are shown again: the surface puts them back in its fields, and
   * the saver tries them once more, so the core's message shows beside them until they are fixed or discarded.
   */
  onRestore?(edits: Partial<P>): void;
}

export interface BoundSaver<P extends object> {
  saver: Autosaver<P>;
  status: AutosaveStatus;
  /** Drops refused (or any unsaved) edits, here and where they were kept; the surface shows the saved values again. */
  discardUnsaved(): Promise<void>;
}

export function useSaver<P extends object>(
  key: string,
  save: (patch: Partial<P>) => Promise<unknown>,
  options: SaverOptions<P> = {},
): BoundSaver<P> {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'saved' });
  // Made once per surface (a surface showing another row is keyed by that row, so it gets its own saver), reading the
  // newest callbacks from a box so it always saves through the current props.
  const [{ saver, callbacks, release }] = useState(() => {
    const callbacks = latestBox({ save, options });
    const release = latestBox<(() => void) | null>(null);
    const autosaver = createAutosaver<P>({
      save: keptRefusals.keeping<P>(key, async (patch) => void (await callbacks.get().save(patch))),
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

  useEffect(() => {
    if (!callbacks.get().options.onRestore) return;
    let current = true;
    void keptRefusals.restore<P>(key, saver, {
      show: (edits) => callbacks.get().options.onRestore?.(edits),
      refused: (reason) => setStatus({ state: 'refused', reason }),
      isCurrent: () => current,
    }).catch((error: unknown) => current && callbacks.get().options.onFirstFailure?.(error));
    return () => {
      current = false;
    };
  }, [key, saver, callbacks]);

  async function discardUnsaved() {
    saver.discard();
    setStatus({ state: 'saved' });
    await keptRefusals.discard(key);
  }

  return { saver, status, discardUnsaved };
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
