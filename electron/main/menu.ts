// The native menu: the platform's standard roles and accelerators, plus Cairn's own commands.
import type { MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../../shared/contract';
import { acceleratorFor } from '../../shared/menuKeys';

type MenuCommand = EventPayload<'menu:command'>['command'];

export function menuTemplate(
  platform: NodeJS.Platform,
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const settings: MenuItemConstructorOptions = {
    label: isMac ? 'Settings…' : 'Settings',
    accelerator: acceleratorFor('go-settings'),
    click: () => send('go-settings'),
  };
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New Reflection', accelerator: acceleratorFor('new-reflection'), click: () => send('new-reflection') },
        { label: 'Search', accelerator: acceleratorFor('go-search'), click: () => send('go-search') },
        ...(isMac ? [] : [{ type: 'separator' } as const, settings]),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Entry',
      submenu: [
        { label: 'Next Entry', accelerator: acceleratorFor('next-reflection'), click: () => send('next-reflection') },
        { label: 'Previous Entry', accelerator: acceleratorFor('previous-reflection'), click: () => send('previous-reflection') },
        { type: 'separator' },
        { label: 'Toggle Preview', accelerator: acceleratorFor('toggle-preview'), click: () => send('toggle-preview') },
        { label: 'Focus Mode', accelerator: acceleratorFor('toggle-focus-mode'), click: () => send('toggle-focus-mode') },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Journal', accelerator: acceleratorFor('go-journal'), click: () => send('go-journal') },
        { label: 'Strategy', accelerator: acceleratorFor('go-strategy'), click: () => send('go-strategy') },
        { label: 'Experiments', accelerator: acceleratorFor('go-experiments'), click: () => send('go-experiments') },
        { label: 'Timeline', accelerator: acceleratorFor('go-timeline'), click: () => send('go-timeline') },
        { label: 'Insight', accelerator: acceleratorFor('go-insight'), click: () => send('go-insight') },
        { label: 'Recently Deleted', accelerator: acceleratorFor('go-trash'), click: () => send('go-trash') },
        { type: 'separator' },
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
      submenu: [{ label: 'Keyboard Shortcuts', accelerator: acceleratorFor('show-shortcuts'), click: () => send('show-shortcuts') }],
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
