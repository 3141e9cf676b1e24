// The four app commands: which keys send them, and that one key press never runs a command twice.
import { describe, expect, test } from 'vitest';

import { commandForKey, isCommand, onceWithin } from '../../renderer/src/lib/commands';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shortcuts', () => {
  test('Ctrl or Cmd with N, E, F and comma send the menu commands', () => {
    expect(commandForKey(key('n', { ctrlKey: true }))).toBe('new-assessment');
    expect(commandForKey(key('N', { metaKey: true }))).toBe('new-assessment');
    expect(commandForKey(key('e', { ctrlKey: true }))).toBe('export-pdf');
    expect(commandForKey(key('f', { metaKey: true }))).toBe('find');
    expect(commandForKey(key(',', { ctrlKey: true }))).toBe('settings');
  });

  test('plain keys, and shortcuts with Shift or Alt, are left to the page', () => {
    expect(commandForKey(key('n'))).toBeNull();
    expect(commandForKey(key('n', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(commandForKey(key('e', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(commandForKey(key('x', { ctrlKey: true }))).toBeNull();
  });

  test('only the four command names are commands', () => {
    expect(isCommand('export-pdf')).toBe(true);
    expect(isCommand('quit')).toBe(false);
    expect(isCommand(42)).toBe(false);
  });

  test('the same command arriving twice at once (keydown and menu) runs once', () => {
    let now = 0;
    const gate = onceWithin(150, () => now);
    expect(gate('new-assessment')).toBe(true);
    now = 20;
    expect(gate('new-assessment')).toBe(false);
    expect(gate('settings')).toBe(true);
    now = 400;
    expect(gate('new-assessment')).toBe(true);
  });
});
