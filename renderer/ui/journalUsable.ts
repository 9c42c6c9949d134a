// The moment the journal is usable (its list loaded, the editor's code here): other views' chunks are fetched after it.
import { markInteractive } from './benchMarks';

let usable = false;
const waiting = new Set<() => void>();

/** Called once the journal can take input; later calls change nothing. */
export function announceJournalUsable(): void {
  if (usable) return;
  usable = true;
  markInteractive();
  for (const callback of waiting) callback();
  waiting.clear();
}

/** Runs `callback` once the journal is usable (at once when it already is); the returned function cancels the wait. */
export function onceJournalUsable(callback: () => void): () => void {
  if (usable) {
    callback();
    return () => {};
  }
  waiting.add(callback);
  return () => waiting.delete(callback);
}
