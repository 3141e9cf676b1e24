// The application menu as data: accelerators for the app's commands plus the platform's standard menus.
// Commands reach the page as a DOM event (see menuScript), so no IPC listener is ever exposed to the renderer.
import type { MenuItemConstructorOptions } from 'electron';

import type { UiLanguage } from '../../shared/i18n/language';
import * as m from '../../shared/i18n/paraglide/messages';

export const MENU_COMMANDS = ['new-assessment', 'export-pdf', 'find', 'settings'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The fixed script that tells the page a menu command was chosen; the page listens for 'scopewise:command'. */
export function menuScript(command: MenuCommand): string {
  return `window.dispatchEvent(new CustomEvent('scopewise:command', { detail: ${JSON.stringify(command)} }))`;
}

/** The menus in the app's language (`uiLanguage`); the standard items (Undo, Copy, Quit...) are named by the system. */
export function menuTemplate(platform: NodeJS.Platform, run: (command: MenuCommand) => void, language: UiLanguage = 'en'): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const locale = { locale: language };
  const file: MenuItemConstructorOptions = {
    label: m.ui_menu_file({}, locale),
    submenu: [
      { label: m.ui_menu_new_assessment({}, locale), accelerator: 'CmdOrCtrl+N', click: () => run('new-assessment') },
      { label: m.ui_menu_export_pdf({}, locale), accelerator: 'CmdOrCtrl+E', click: () => run('export-pdf') },
      { type: 'separator' },
      ...(mac ? [] : [{ label: m.ui_menu_settings({}, locale), accelerator: 'CmdOrCtrl+,', click: () => run('settings') } as MenuItemConstructorOptions]),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: m.ui_menu_edit({}, locale),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: m.ui_menu_find({}, locale), accelerator: 'CmdOrCtrl+F', click: () => run('find') },
    ],
  };
  const app: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Scopewise',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { label: m.ui_menu_settings_ellipsis({}, locale), accelerator: 'CmdOrCtrl+,', click: () => run('settings') },
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
