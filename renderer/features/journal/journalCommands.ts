// Runs a journal command, whether it came from the native menu or a key press in the page.
import type { MenuCommand } from '../../../shared/contract';
import { useNavigation } from '../shell/navigationStore';
import { useJournal } from './journalStore';

export type JournalCommand = Exclude<MenuCommand, 'go-journal' | 'go-settings'> | 'exit-focus-mode';

export function runJournalCommand(command: JournalCommand): void {
  const journal = useJournal.getState();
  const { go, view } = useNavigation.getState();
  switch (command) {
    case 'new-reflection':
      go('journal');
      void journal.create();
      return;
    case 'go-search':
      go('search');
      return;
    case 'show-shortcuts':
      journal.setShortcutsOpen(true);
      return;
    case 'next-reflection':
    case 'previous-reflection':
      go('journal');
      void journal.selectAdjacent(command === 'next-reflection' ? 1 : -1);
      return;
    case 'toggle-preview':
      if (view === 'journal' && journal.current) journal.togglePreview();
      return;
    case 'toggle-focus-mode':
      if (view === 'journal' && journal.current) journal.toggleFocusMode();
      return;
    case 'exit-focus-mode':
      if (journal.focusMode) journal.toggleFocusMode();
      return;
  }
}
