// The native menu uses the platform's standard roles and sends Cairn's own commands to the window.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '../../../../electron/main/menu';
import { menuCommands } from '../../../../shared/contract';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('menu template', () => {
  it('has the standard edit, view and window menus and a quit item', () => {
    const roles = flatten(menuTemplate('linux', () => {})).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'quit', 'togglefullscreen']));
  });

  it('adds the application menu on macOS', () => {
    const template = menuTemplate('darwin', () => {});
    expect(template[0]?.label).toBe('Cairn');
    expect(flatten(template).map((item) => item.role)).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
  });

  it('sends the new-reflection command from File › New Reflection (CmdOrCtrl+N)', () => {
    const send = vi.fn();
    const item = flatten(menuTemplate('linux', send)).find((entry) => entry.label === 'New Reflection');
    expect(item?.accelerator).toBe('CmdOrCtrl+N');
    (item?.click as () => void)();
    expect(send).toHaveBeenCalledWith('new-reflection');
  });

  it.each([
    ['Search', 'CmdOrCtrl+Shift+F', 'go-search'],
    ['Next Entry', 'CmdOrCtrl+]', 'next-reflection'],
    ['Previous Entry', 'CmdOrCtrl+[', 'previous-reflection'],
    ['Toggle Preview', 'CmdOrCtrl+Shift+P', 'toggle-preview'],
    ['Focus Mode', 'CmdOrCtrl+Shift+Enter', 'toggle-focus-mode'],
    ['Keyboard Shortcuts', 'CmdOrCtrl+/', 'show-shortcuts'],
  ])('sends %s (%s) as the %s command on every platform', (label, accelerator, command) => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const send = vi.fn();
      const item = flatten(menuTemplate(platform, send)).find((entry) => entry.label === label);
      expect(item?.accelerator).toBe(accelerator);
      (item?.click as () => void)();
      expect(send).toHaveBeenCalledWith(command);
    }
  });

  it('gives every menu command a menu item', () => {
    const sent = new Set<string>();
    for (const item of flatten(menuTemplate('linux', (command) => sent.add(command)))) (item.click as (() => void) | undefined)?.();
    for (const item of flatten(menuTemplate('darwin', (command) => sent.add(command)))) (item.click as (() => void) | undefined)?.();
    expect([...sent].sort()).toEqual([...menuCommands].sort());
  });
});
