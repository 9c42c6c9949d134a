// The app shell: the unlock or damaged-journal screen when needed, else sidebar, the current view, undo, errors and menu commands.
import { useEffect } from 'react';
import { runJournalCommand } from '../features/journal/journalCommands';
import { useJournal } from '../features/journal/journalStore';
import { DamagedView } from '../features/security/DamagedView';
import { UnlockView } from '../features/security/UnlockView';
import { followLockState, useSecurity } from '../features/security/securityStore';
import { useFirstRun } from '../features/strategy/firstRun/firstRunStore';
import { ErrorSurface } from '../features/shell/ErrorSurface';
import { Sidebar } from '../features/shell/Sidebar';
import { UndoToast } from '../features/shell/UndoToast';
import { useNavigation } from '../features/shell/navigationStore';
import { api } from './client';
import { CurrentView, FirstRun, preloadViews } from './screens';

/** How often an auto-locking journal is asked whether it has locked itself, so the unlock screen appears promptly. */
const LOCK_POLL_MS = 30_000;

export function App() {
  const view = useNavigation((state) => state.view);
  const status = useSecurity((state) => state.status);
  const pollForLock = status?.state === 'open' && status.encrypted && status.autoLockMinutes > 0;
  const isOpen = status?.state === 'open';
  const firstRun = useFirstRun((state) => state.active);
  const decided = useFirstRun((state) => state.decided);

  useEffect(() => {
    if (!isOpen) return;
    void useFirstRun.getState().check();
    preloadViews();
  }, [isOpen]);

  useEffect(() => useSecurity.getState().onReopened(() => useJournal.getState().reset()), []);
  useEffect(() => followLockState(), []);

  useEffect(() => {
    if (!pollForLock) return;
    const timer = setInterval(() => void useSecurity.getState().refresh().catch(() => {}), LOCK_POLL_MS);
    return () => clearInterval(timer);
  }, [pollForLock]);

  useEffect(
    () =>
      api().on('menu:command', ({ command }) => {
        if (useSecurity.getState().status?.state !== 'open') return;
        const go = useNavigation.getState().go;
        if (command === 'go-journal') go('journal');
        else if (command === 'go-settings') go('settings');
        else runJournalCommand(command);
      }),
    [],
  );

  if (status?.state === 'locked') {
    return (
      <>
        <UnlockView />
        <ErrorSurface />
      </>
    );
  }
  if (status?.state === 'corrupt') {
    return (
      <>
        <DamagedView status={status} />
        <ErrorSurface />
      </>
    );
  }
  return (
    <div className="app">
      <Sidebar />
      <main className="main" id="main">
        {isOpen && !decided && (
          <p className="view-loading" role="status">
            Opening your journal…
          </p>
        )}
        {isOpen && decided && firstRun && <FirstRun />}
        {isOpen && decided && !firstRun && <CurrentView view={view} />}
      </main>
      <UndoToast />
      <ErrorSurface />
    </div>
  );
}
