// Undo and redo for the Venn layout: every change is one step, except repeated nudges of one circle, which merge into one.
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** Changes carrying the same key in a row (arrow presses, wheel turns on one circle) merge into one step. */
  readonly mergeKey: string | null;
}

/** Enough for a long session; the oldest steps fall away first. */
export const HISTORY_LIMIT = 100;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], mergeKey: null };
}

export function commit<T>(history: History<T>, next: T, mergeKey: string | null = null): History<T> {
  if (mergeKey !== null && mergeKey === history.mergeKey) return { ...history, present: next, future: [] };
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [], mergeKey };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], mergeKey: null };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, mergeKey: null };
}

/** Which history command a key press asks for: Mod+Z undoes; Shift+Mod+Z and Ctrl+Y redo. */
export function historyCommand(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  isMac: boolean,
): 'undo' | 'redo' | null {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !isMac && !event.shiftKey) return 'redo';
  return null;
}
