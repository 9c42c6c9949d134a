// An entry left as it was made (New reflection, then another entry or view) is removed, so the list does not fill
// with empty "Untitled reflection" rows; the core keeps it if it holds anything after all (words from another tab).
import { isBlankReflection } from '../../../shared/domain/reflection';
import { api } from '../../app/client';
import { useJournal } from './journalStore';

/** Called once the closing entry's edits are saved; does nothing while the entry is still the open one. */
export async function discardIfLeftBlank(id: string): Promise<void> {
  const state = useJournal.getState();
  const latest = state.items.find((item) => item.id === id);
  // React's development double mount closes and reopens the editor at once: the entry is still selected then.
  if (!latest || state.selectedId === id || !isBlankReflection(latest)) return;
  try {
    const { discarded } = await api()['reflections.discardBlank']({ id });
    if (discarded) useJournal.setState((current) => ({ items: current.items.filter((item) => item.id !== id) }));
  } catch {
    // The blank entry stays in the list, which is all a failure here can cost.
  }
}
