// Binds one autosaver to a surface under a key: registered for page-wide flushes while the surface is open, flushed
// when it closes (a view switch), and kept retrying after it has gone until what was typed is stored.
import { useEffect, useRef, useState } from 'react';
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
  // The newest callbacks, so a saver made once per surface still saves through the current props.
  const latest = useRef({ save, options });
  useEffect(() => {
    latest.current = { save, options };
  });
  const orphaned = useRef<(() => void) | null>(null);
  // Made once per surface; a surface showing another row is keyed by that row, so it gets its own saver.
  const [saver] = useState(() =>
    createAutosaver<P>({
      save: async (patch) => void (await latest.current.save(patch)),
      onStatus: (next) => {
        setStatus(next);
        if (next.state === 'saved') orphaned.current?.();
      },
      describe: describeSaveFailure,
      isRefusal,
      onFirstFailure: (error) => latest.current.options.onFirstFailure?.(error),
    }),
  );

  useEffect(() => {
    orphaned.current = null;
    const unregister = registerSaver(key, saver as Autosaver<object>);
    let open = true;
    const release = () => {
      if (open) return;
      unregister();
      saver.dispose();
    };
    return () => {
      open = false;
      // The surface closed: save what is left; if that fails, the retries carry on and release it once saved.
      orphaned.current = release;
      void saver.flush().then((saved) => saved && release());
    };
  }, [key, saver]);

  return { saver, status };
}
