// The app shell: the unlock or damaged-journal screen when needed, else sidebar, the current view, undo, errors and menu commands.
import { useEffect, useRef } from 'react';
import { AppShortcuts } from '../features/journal/AppShortcuts';
import { runJournalCommand } from '../features/journal/journalCommands';
import { useJournal } from '../features/journal/journalStore';
import { DamagedView } from '../features/security/DamagedView';
import { UnlockView } from '../features/security/UnlockView';
import { followLockState, useSecurity } from '../features/security/securityStore';
import { useFirstRun } from '../features/strategy/firstRun/firstRunStore';
import { ErrorSurface } from '../features/shell/ErrorSurface';
import { useErrors } from '../features/shell/errorStore';
import { Sidebar } from '../features/shell/Sidebar';
import { UndoToast } from '../features/shell/UndoToast';
import { useNavigation } from '../features/shell/navigationStore';
import { focusHeadingWhenLost } from '../ui/focusLost';
import { followAppearance } from './appearance';
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
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    void useFirstRun.getState().check();
    preloadViews();
  }, [isOpen]);

  useEffect(() => (isOpen ? followAppearance() : undefined), [isOpen]);
  // Not on the first view shown: the page opens with focus at its start, so the first Tab reaches the sidebar.
  const shownRef = useRef<string | null>(null);
  useEffect(() => {
    const shown = `${firstRun}:${view}`;
    const changed = shownRef.current !== null && shownRef.current !== shown;
    shownRef.current = shown;
    return changed && mainRef.current ? focusHeadingWhenLost(mainRef.current) : undefined;
  }, [view, firstRun]);

  useEffect(() => useSecurity.getState().onReopened(() => useJournal.getState().reset()), []);
  useEffect(() => followLockState(), []);
  // The core's thread stopped and was restarted: said once, plainly; every view refetches from the change that follows.
  useEffect(() => api().on('core:restarted', ({ message }) => useErrors.getState().report('Cairn restarted its journal service', new Error(message))), []);

  useEffect(() => {
    if (!pollForLock) return;
    const timer = setInterval(() => void useSecurity.getState().refresh().catch(() => {}), LOCK_POLL_MS);
    return () => clearInterval(timer);
  }, [pollForLock]);

  useEffect(
    () =>
      api().on('menu:command', ({ command }) => {
        if (useSecurity.getState().status?.state !== 'open') return;
        runJournalCommand(command);
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
      <main className="main" id="main" ref={mainRef}>
        {isOpen && !decided && (
          <p className="view-loading" role="status">
            Opening your journal…
          </p>
        )}
        {isOpen && decided && firstRun && <FirstRun />}
        {isOpen && decided && !firstRun && <CurrentView view={view} />}
        <ErrorSurface docked />
      </main>
      {isOpen && decided && !firstRun && <AppShortcuts />}
      <UndoToast />
    </div>
  );
}
