// Binds an autosaver to one open entry: flushes when the entry closes, the window hides, the page unloads, and —
// in the desktop app — holds a window close until the last words are stored.
import { useEffect, useState } from 'react';
import { api } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { createAutosaver, type Autosaver, type AutosaveStatus } from './autosave';
import { useJournal, type ReflectionEdits } from './journalStore';
import { describeSaveFailure } from './saveStatus';

export function useAutosave(id: string): { saver: Autosaver<ReflectionEdits>; status: AutosaveStatus } {
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'saved' });
  // Created once per open entry (the editor is keyed by the entry's id).
  const [saver] = useState(() =>
    createAutosaver<ReflectionEdits>({
      save: async (patch) => void (await useJournal.getState().save(id, patch)),
      onStatus: setStatus,
      describe: describeSaveFailure,
      onFirstFailure: (error) => useErrors.getState().report('Your changes were not saved', error),
    }),
  );

  useEffect(() => {
    let closing = false;
    const flushNow = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsaved()) return;
      flushNow();
      // Electron closes the window (and quits) through beforeunload: hold it until the save lands, then close.
      // A browser cannot be held without a prompt; there the save goes out as a keepalive request instead.
      if (api().host === 'electron' && !closing) {
        closing = true;
        event.preventDefault();
        event.returnValue = false;
        void saver.flush().finally(() => window.close());
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushNow);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushNow);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Switching entries: save what is left; if that fails the retries carry on after the editor has gone.
      void saver.flush().then((saved) => saved && saver.dispose());
    };
  }, [saver]);

  return { saver, status };
}
