// The native menu: the platform's standard roles and accelerators, plus Cairn's own commands.
import type { MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../../shared/contract';

type MenuCommand = EventPayload<'menu:command'>['command'];

export function menuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const settings: MenuItemConstructorOptions = {
    label: isMac ? 'Settings…' : 'Settings',
    accelerator: 'CmdOrCtrl+,',
    click: () => send('go-settings'),
  };
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New Reflection', accelerator: 'CmdOrCtrl+N', click: () => send('new-reflection') },
        { label: 'Journal', accelerator: 'CmdOrCtrl+1', click: () => send('go-journal') },
        { label: 'Search', accelerator: 'CmdOrCtrl+Shift+F', click: () => send('go-search') },
        ...(isMac ? [] : [{ type: 'separator' } as const, settings]),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Entry',
      submenu: [
        { label: 'Next Entry', accelerator: 'CmdOrCtrl+]', click: () => send('next-reflection') },
        { label: 'Previous Entry', accelerator: 'CmdOrCtrl+[', click: () => send('previous-reflection') },
        { type: 'separator' },
        { label: 'Toggle Preview', accelerator: 'CmdOrCtrl+Shift+P', click: () => send('toggle-preview') },
        { label: 'Focus Mode', accelerator: 'CmdOrCtrl+Shift+Enter', click: () => send('toggle-focus-mode') },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', click: () => send('show-shortcuts') }],
    },
  ];
  if (isMac) {
    template.unshift({
      label: 'Cairn',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        settings,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  return template;
}
