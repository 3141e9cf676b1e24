// The application menu as data (electron/main/menu.ts): the four commands with their accelerators, the
// platform's standard menus, and the fixed script that hands a command to the page.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { MENU_COMMANDS, type MenuCommand, menuScript, menuTemplate } from '../../electron/main/menu';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const ACCELERATORS: [string, MenuCommand][] = [
  ['CmdOrCtrl+N', 'new-assessment'],
  ['CmdOrCtrl+E', 'export-pdf'],
  ['CmdOrCtrl+F', 'find'],
  ['CmdOrCtrl+,', 'settings'],
];

describe.each(['linux', 'win32', 'darwin'] as const)('menuTemplate on %s', (platform) => {
  it.each(ACCELERATORS)('binds %s to %s, once', (accelerator, command) => {
    const run = vi.fn();
    const bound = items(menuTemplate(platform, run)).filter((item) => item.accelerator === accelerator);
    expect(bound).toHaveLength(1);
    (bound[0]!.click as () => void)();
    expect(run).toHaveBeenCalledExactlyOnceWith(command);
  });

  it('has the standard Edit menu with undo, redo, cut, copy, paste and select all', () => {
    const edit = menuTemplate(platform, vi.fn()).find((item) => item.label === 'Edit');
    const roles = (edit?.submenu as MenuItemConstructorOptions[]).map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('ends with the standard View and Window menus', () => {
    const roles = menuTemplate(platform, vi.fn()).map((item) => item.role);
    expect(roles.slice(-2)).toEqual(['viewMenu', 'windowMenu']);
  });

  it('offers a way to quit', () => {
    expect(items(menuTemplate(platform, vi.fn())).some((item) => item.role === 'quit')).toBe(true);
  });

  it('runs nothing while the menu is being built', () => {
    const run = vi.fn();
    menuTemplate(platform, run);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('menuTemplate in the app’s language', () => {
  it('names its own menus and commands in German when the app speaks German, and keeps the accelerators', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const labels = items(menuTemplate(platform, vi.fn(), 'de'))
        .map((item) => item.label)
        .filter(Boolean);
      expect(labels).toEqual(
        expect.arrayContaining([
          'Datei',
          'Neue Bewertung',
          'PDF exportieren…',
          'Bearbeiten',
          'Suchen',
          platform === 'darwin' ? 'Einstellungen…' : 'Einstellungen',
        ]),
      );
      expect(labels).not.toEqual(expect.arrayContaining(['File']));
      expect(items(menuTemplate(platform, vi.fn(), 'de')).filter((item) => item.accelerator !== undefined)).toHaveLength(4);
    }
    expect(menuTemplate('linux', vi.fn())[0]?.label).toBe('File');
  });
});

describe('menuTemplate per platform', () => {
  it('starts with the app menu (About, Settings, Hide, Quit) on macOS only', () => {
    const mac = menuTemplate('darwin', vi.fn());
    expect(mac[0]?.label).toBe('Scopewise');
    const roles = (mac[0]?.submenu as MenuItemConstructorOptions[]).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['about', 'hide', 'hideOthers', 'unhide', 'quit']));
    expect(menuTemplate('linux', vi.fn())[0]?.label).toBe('File');
    expect(menuTemplate('win32', vi.fn())[0]?.label).toBe('File');
  });
});

describe('menuScript', () => {
  it.each(MENU_COMMANDS)('is a fixed dispatch of the %s command, with the name JSON-encoded', (command) => {
    expect(menuScript(command)).toBe(`window.dispatchEvent(new CustomEvent('scopewise:command', { detail: ${JSON.stringify(command)} }))`);
  });

  it('covers exactly the four menu commands', () => {
    expect([...MENU_COMMANDS].sort()).toEqual(ACCELERATORS.map(([, command]) => command).sort());
  });
});
