// The app's keyboard shortcuts in every view: the key handler, and the sheet "?" opens.
import { ShortcutsDialog } from './ShortcutsDialog';
import { useJournalShortcuts } from './useJournalShortcuts';

export function AppShortcuts() {
  useJournalShortcuts();
  return <ShortcutsDialog />;
}
