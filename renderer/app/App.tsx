// The app shell: sidebar, the current view, the error surface, and menu commands from the desktop shell.
import { useEffect } from 'react';
import { JournalView } from '../features/journal/JournalView';
import { useJournal } from '../features/journal/journalStore';
import { SettingsView } from '../features/settings/SettingsView';
import { ErrorSurface } from '../features/shell/ErrorSurface';
import { Sidebar } from '../features/shell/Sidebar';
import { UpcomingView } from '../features/shell/UpcomingView';
import { useNavigation } from '../features/shell/navigationStore';
import { api } from './client';

export function App() {
  const view = useNavigation((state) => state.view);

  useEffect(
    () =>
      api().on('menu:command', ({ command }) => {
        const go = useNavigation.getState().go;
        if (command === 'go-journal') go('journal');
        if (command === 'go-settings') go('settings');
        if (command === 'new-reflection') {
          go('journal');
          void useJournal.getState().create();
        }
      }),
    [],
  );

  return (
    <div className="app">
      <Sidebar />
      <main className="main" id="main">
        {view === 'journal' && <JournalView />}
        {view === 'settings' && <SettingsView />}
        {view !== 'journal' && view !== 'settings' && <UpcomingView view={view} />}
      </main>
      <ErrorSurface />
    </div>
  );
}
