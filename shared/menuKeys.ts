// The keys of Cairn's menu commands: one list, read by the desktop menu (as accelerators) and the shortcuts sheet.
import type { MenuCommand } from './events';

/** "Mod" is Cmd on macOS and Ctrl elsewhere. */
export const menuKeys: Readonly<Record<MenuCommand, string>> = {
  'new-reflection': 'Mod+N',
  'go-journal': 'Mod+1',
  'go-strategy': 'Mod+2',
  'go-experiments': 'Mod+3',
  'go-timeline': 'Mod+4',
  'go-insight': 'Mod+5',
  'go-trash': 'Mod+6',
  'go-settings': 'Mod+,',
  'go-search': 'Mod+Shift+F',
  'next-reflection': 'Mod+]',
  'previous-reflection': 'Mod+[',
  'toggle-preview': 'Mod+Shift+P',
  'toggle-focus-mode': 'Mod+Shift+Enter',
  'show-shortcuts': 'Mod+/',
};

/** Electron's spelling of a menu command's keys: "Mod+Shift+F" is "CmdOrCtrl+Shift+F". */
export function acceleratorFor(command: MenuCommand): string {
  return menuKeys[command].replace(/^Mod\+/, 'CmdOrCtrl+');
}
