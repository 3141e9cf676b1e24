// The application menu as data: accelerators for the app's commands plus the platform's standard menus.
// Commands reach the page as a DOM event (see menuScript), so no IPC listener is ever exposed to the renderer.
import type { MenuItemConstructorOptions } from 'electron';

export const MENU_COMMANDS = ['new-assessment', 'export-pdf', 'find', 'settings'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The fixed script that tells the page a menu command was chosen; the page listens for 'scopewise:command'. */
export function menuScript(command: MenuCommand): string {
  return `window.dispatchEvent(new CustomEvent('scopewise:command', { detail: ${JSON.stringify(command)} }))`;
}

export function menuTemplate(platform: NodeJS.Platform, run: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'New assessment', accelerator: 'CmdOrCtrl+N', click: () => run('new-assessment') },
      { label: 'Export PDF…', accelerator: 'CmdOrCtrl+E', click: () => run('export-pdf') },
      { type: 'separator' },
      ...(mac ? [] : [{ label: 'Settings', accelerator: 'CmdOrCtrl+,', click: () => run('settings') } as MenuItemConstructorOptions]),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find', accelerator: 'CmdOrCtrl+F', click: () => run('find') },
    ],
  };
  const app: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Scopewise',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => run('settings') },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [...app, file, edit, { role: 'viewMenu' }, { role: 'windowMenu' }];
}
