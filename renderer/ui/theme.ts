// The page's look: the person's theme (system, light or dark, resolved against the OS) and text size, on <html>.
import { useSyncExternalStore } from 'react';
import type { TextSize, ThemeChoice } from '../../shared/domain/settings';

const DARK_QUERY = '(prefers-color-scheme: dark)';
let choice: ThemeChoice = 'system';
const listeners = new Set<() => void>();

function systemIsDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** Whether the page is dark now: the person's choice, or the OS's when they chose "system". */
export function isDarkTheme(): boolean {
  return choice === 'dark' || (choice === 'system' && systemIsDark());
}

function apply(): void {
  const theme = isDarkTheme() ? 'dark' : 'light';
  const root = document.documentElement;
  if (root.dataset.theme === theme) return;
  root.dataset.theme = theme;
  for (const listener of listeners) listener();
}

/** Follows the OS from start-up, until (and while) the person's choice is "system". */
export function startTheme(): void {
  if (typeof window.matchMedia === 'function') window.matchMedia(DARK_QUERY).addEventListener('change', apply);
  apply();
}

export function setThemeChoice(next: ThemeChoice): void {
  choice = next;
  apply();
}

/** Rem-based sizes follow the root's font size, so one attribute scales every view's text. */
export function setTextSize(size: TextSize): void {
  document.documentElement.dataset.textSize = size;
}

/** Calls `onChange` whenever the page switches between light and dark; returns how to stop. */
export function onThemeChange(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** Whether the page is dark now, re-rendering when that changes. */
export function useDarkTheme(): boolean {
  return useSyncExternalStore(onThemeChange, isDarkTheme);
}
