// The shortcuts sheet and the desktop menu agree: every Mod shortcut the sheet lists is the menu's accelerator for it.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../../electron/main/menu';
import { menuCommands, type MenuCommand } from '../../../../shared/events';
import { shortcuts } from '../../../../renderer/features/journal/shortcuts';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

/** In the desktop app the menu owns the Mod shortcuts (the page handles only "?"), so the sheet's keys must be its. */
const menuShortcuts = shortcuts.filter(
  (shortcut) => shortcut.keys.startsWith('Mod+') && (menuCommands as readonly string[]).includes(shortcut.command),
);

describe('the shortcuts sheet in the desktop app', () => {
  it('lists menu shortcuts at all', () => {
    expect(menuShortcuts.length).toBeGreaterThan(0);
  });

  it.each(menuShortcuts.map((shortcut) => [shortcut.keys, shortcut.command] as const))('%s runs %s from the menu', (keys, command) => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const send = vi.fn<(command: MenuCommand) => void>();
      const item = flatten(menuTemplate(platform, send)).find((entry) => entry.accelerator === keys.replace('Mod+', 'CmdOrCtrl+'));
      expect(item, `${keys} on ${platform}`).toBeDefined();
      (item?.click as () => void)();
      expect(send).toHaveBeenCalledWith(command);
    }
  });
});
