// Listens for the journal's shortcuts in the page. In the desktop app the native menu owns the Mod shortcuts and
// sends them as menu commands, so only "?" is handled here; in browser mode every shortcut is.
import { useEffect } from 'react';
import { api } from '../../app/client';
import { runJournalCommand } from './journalCommands';
import { isMacPlatform } from '../../ui/platform';
import { shortcutFor } from './shortcuts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useJournalShortcuts(): void {
  useEffect(() => {
    const host = api().host;
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const shortcut = shortcutFor(event, isMac, host);
      if (!shortcut || shortcut.command === 'save' || shortcut.command === 'exit-focus-mode') return;
      if (shortcut.command === 'show-shortcuts' && isTyping(event.target)) return;
      if (host === 'electron' && shortcut.command !== 'show-shortcuts') return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      event.stopPropagation();
      runJournalCommand(shortcut.command);
    };
    // Capture: CodeMirror would otherwise take Mod+[ and Mod+] for indentation first.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
