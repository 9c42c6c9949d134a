// The app shell: the unlock or damaged-journal screen when needed, else sidebar, the current view, errors and menu commands.
import { useEffect } from 'react';
import { ExperimentsView } from '../features/experiments/ExperimentsView';
import { JournalView } from '../features/journal/JournalView';
import { runJournalCommand } from '../features/journal/journalCommands';
import { useJournal } from '../features/journal/journalStore';
import { SearchView } from '../features/search/SearchView';
import { DamagedView } from '../features/security/DamagedView';
import { UnlockView } from '../features/security/UnlockView';
import { useSecurity } from '../features/security/securityStore';
import { SettingsView } from '../features/settings/SettingsView';
import { FirstRunView } from '../features/strategy/firstRun/FirstRunView';
import { useFirstRun } from '../features/strategy/firstRun/firstRunStore';
import { StrategyView } from '../features/strategy/StrategyView';
import { ErrorSurface } from '../features/shell/ErrorSurface';
import { useErrors } from '../features/shell/errorStore';
import { Sidebar } from '../features/shell/Sidebar';
import { UpcomingView } from '../features/shell/UpcomingView';
import { TimelineView } from '../features/timeline/TimelineView';
import { useNavigation, type View } from '../features/shell/navigationStore';
import { api } from './client';

/** Each view's screen; a view not listed here says plainly that it is not in this build. */
const screens: Partial<Record<View, () => React.JSX.Element>> = {
  journal: JournalView,
  experiments: ExperimentsView,
  timeline: TimelineView,
  search: SearchView,
  strategy: StrategyView,
  settings: SettingsView,
};

function CurrentView({ view }: { view: View }) {
  const Screen = screens[view];
  return Screen ? <Screen /> : <UpcomingView view={view} />;
}

/** How often an auto-locking journal is asked whether it has locked itself, so the unlock screen appears promptly. */
const LOCK_POLL_MS = 30_000;

export function App() {
  const view = useNavigation((state) => state.view);
  const status = useSecurity((state) => state.status);
  const pollForLock = status?.state === 'open' && status.encrypted && status.autoLockMinutes > 0;
  const isOpen = status?.state === 'open';
  const firstRun = useFirstRun((state) => state.active);

  useEffect(() => {
    if (isOpen) void useFirstRun.getState().check();
  }, [isOpen]);

  useEffect(() => {
    useSecurity.getState().refresh().catch((error: unknown) => useErrors.getState().report('Could not open your journal', error));
    return useSecurity.getState().onReopened(() => useJournal.getState().reset());
  }, []);

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
        {isOpen && firstRun && <FirstRunView />}
        {isOpen && !firstRun && <CurrentView view={view} />}
      </main>
      <ErrorSurface />
    </div>
  );
}
