// The journal's keyboard shortcuts: one list for the shortcuts sheet and the key handler; menu commands take their keys from shared/menuKeys.
import { menuKeys } from '../../../shared/menuKeys';
import type { JournalCommand } from './journalCommands';

export interface Shortcut {
  command: JournalCommand | 'save';
  label: string;
  /** "Mod" is Cmd on macOS and Ctrl elsewhere. */
  keys: string;
  /** Browsers keep some keys for themselves (Ctrl+N opens a window), so browser mode offers another. */
  browserKeys?: string;
}

export const shortcuts: readonly Shortcut[] = [
  // Browsers switch tabs with Ctrl+digit, so browser mode uses Alt.
  { command: 'go-journal', label: 'Go to Journal', keys: menuKeys['go-journal'], browserKeys: 'Alt+1' },
  { command: 'go-strategy', label: 'Go to Strategy', keys: menuKeys['go-strategy'], browserKeys: 'Alt+2' },
  { command: 'go-experiments', label: 'Go to Experiments', keys: menuKeys['go-experiments'], browserKeys: 'Alt+3' },
  { command: 'go-timeline', label: 'Go to Timeline', keys: menuKeys['go-timeline'], browserKeys: 'Alt+4' },
  { command: 'go-insight', label: 'Go to Insight', keys: menuKeys['go-insight'], browserKeys: 'Alt+5' },
  { command: 'go-trash', label: 'Go to Recently deleted', keys: menuKeys['go-trash'], browserKeys: 'Alt+6' },
  { command: 'go-settings', label: 'Go to Settings', keys: menuKeys['go-settings'] },
  { command: 'new-reflection', label: 'New reflection', keys: menuKeys['new-reflection'], browserKeys: 'Alt+N' },
  { command: 'go-search', label: 'Search the journal', keys: menuKeys['go-search'] },
  { command: 'next-reflection', label: 'Next (older) entry', keys: menuKeys['next-reflection'] },
  { command: 'previous-reflection', label: 'Previous (newer) entry', keys: menuKeys['previous-reflection'] },
  { command: 'toggle-preview', label: 'Switch between writing and preview', keys: menuKeys['toggle-preview'] },
  { command: 'toggle-focus-mode', label: 'Focus mode: the entry fills the window', keys: menuKeys['toggle-focus-mode'] },
  { command: 'exit-focus-mode', label: 'Leave focus mode', keys: 'Escape' },
  { command: 'save', label: 'Save now (saving also happens as you type)', keys: 'Mod+S' },
  { command: 'show-shortcuts', label: 'Show these shortcuts', keys: '?', browserKeys: '?' },
];

/** Keys of the Strategy view's values diagram, for the sheet (the diagram handles them itself). */
export const diagramShortcuts: readonly { label: string; keys: string; macKeys?: string }[] = [
  { label: 'Go to the diagram’s circles, then its region badges', keys: 'Tab' },
  { label: 'Move the focused circle (Shift: bigger steps)', keys: 'Arrow keys' },
  { label: 'Resize the focused circle', keys: '+ and −' },
  { label: 'Go to the next or previous circle', keys: 'Alt+Arrow keys', macKeys: '⌥ Arrow keys' },
  { label: 'Go to the next or previous region badge', keys: 'Arrow keys' },
  { label: 'Undo a change to the diagram', keys: 'Ctrl+Z', macKeys: '⌘Z' },
  { label: 'Redo it', keys: 'Ctrl+Shift+Z or Ctrl+Y', macKeys: '⌘⇧Z' },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The keys as a person reads them on this platform: ⌘⇧F on macOS, Ctrl+Shift+F elsewhere. */
export function displayKeys(keys: string, isMac: boolean): string {
  if (!isMac) return keys.replace('Mod', 'Ctrl');
  const symbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥', Enter: '↩', Escape: 'Esc' };
  return keys
    .split('+')
    .map((part) => symbols[part] ?? part)
    .join('');
}

export function matches(keys: string, press: KeyPress, isMac: boolean): boolean {
  const parts = keys.split('+');
  const key = parts.at(-1) ?? '';
  const wants = new Set(parts.slice(0, -1));
  const mod = isMac ? press.metaKey : press.ctrlKey;
  const other = isMac ? press.ctrlKey : press.metaKey;
  if (mod !== wants.has('Mod') || other || press.altKey !== wants.has('Alt')) return false;
  // "?" is typed with Shift on most layouts; the character itself is what counts.
  if (key !== '?' && press.shiftKey !== wants.has('Shift')) return false;
  return press.key.length === 1 ? press.key.toLowerCase() === key.toLowerCase() : press.key === key;
}

/** The letter or digit a key's code names ("KeyN" is N, "Digit1" is 1), if it names one. */
function physicalKey(code: string | undefined): string | undefined {
  return /^(?:Key([A-Z])|Digit([0-9]))$/.exec(code ?? '')?.slice(1).find(Boolean);
}

/** The shortcut a key press means here, if any. */
export function shortcutFor(press: KeyPress & { code?: string }, isMac: boolean, host: 'electron' | 'browser'): Shortcut | undefined {
  return shortcuts.find((shortcut) => {
    const keys = host === 'browser' && shortcut.browserKeys ? shortcut.browserKeys : shortcut.keys;
    // Alt changes the character typed on macOS (⌥N is "˜", ⌥1 is "¡"), so Alt shortcuts compare the physical key.
    const key = press.altKey ? physicalKey(press.code) ?? press.key : press.key;
    // Copied field by field: a KeyboardEvent's fields are getters that object spread would drop.
    return matches(keys, { key, ctrlKey: press.ctrlKey, metaKey: press.metaKey, shiftKey: press.shiftKey, altKey: press.altKey }, isMac);
  });
}
