// After a restore, the views that list that kind of item load it again (through their own public actions).
import type { TrashKind } from '../../../shared/domain/trash';
import { useExperiments } from '../experiments/experimentsStore';
import { useJournal } from '../journal/journalStore';
import { useStrategy } from '../strategy/strategyStore';

export function showRestored(kind: TrashKind): void {
  const journal = useJournal.getState();
  if (kind === 'reflection') {
    void journal.load();
    void journal.refreshTags();
  } else if (kind === 'prompt') {
    void journal.refreshPrompts();
  } else if (kind === 'value') {
    void journal.loadReference();
    void useStrategy.getState().load();
    void journal.load();
  }
  if (kind === 'experiment' || kind === 'person' || kind === 'place' || kind === 'value') void useExperiments.getState().load();
}
