// Runs an app command (a view to go to, a journal action), whether it came from the native menu or a key press in the page.
import type { MenuCommand } from '../../../shared/contract';
import { useNavigation, type View } from '../shell/navigationStore';
import { useJournal } from './journalStore';

export type JournalCommand = MenuCommand | 'exit-focus-mode';

const viewCommands = {
  'go-journal': 'journal',
  'go-strategy': 'strategy',
  'go-experiments': 'experiments',
  'go-timeline': 'timeline',
  'go-insight': 'insight',
  'go-trash': 'trash',
  'go-search': 'search',
  'go-settings': 'settings',
} as const satisfies Partial<Record<JournalCommand, View>>;

export function runJournalCommand(command: JournalCommand): void {
  const journal = useJournal.getState();
  const { go, view } = useNavigation.getState();
  if (command in viewCommands) {
    go(viewCommands[command as keyof typeof viewCommands]);
    return;
  }
  switch (command) {
    case 'new-reflection':
      go('journal');
      void journal.create();
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
