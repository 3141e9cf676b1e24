// Alt+digit in the Scope view picks the recommended option: only digits that name a tier, only with Alt alone, only
// when there is a choice.
import { describe, expect, it } from 'vitest';

import { tierForKey } from '../../renderer/src/lib/recommended-tier';

const key = (code: string, key: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = { altKey: true }) => ({
  code,
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('tierForKey', () => {
  it('picks tiers 1 to the number of tiers with Alt and a digit, from the physical key', () => {
    expect(tierForKey(key('Digit1', '1'), 3)).toBe(1);
    expect(tierForKey(key('Digit3', '3'), 3)).toBe(3);
    // Alt+2 on a Mac types ™: the physical key decides.
    expect(tierForKey(key('Digit2', '™'), 2)).toBe(2);
    expect(tierForKey(key('Numpad2', '2'), 3)).toBe(2);
  });

  it('ignores digits beyond the tiers, other modifiers, plain digits and a single tier', () => {
    expect(tierForKey(key('Digit3', '3'), 2)).toBeNull();
    expect(tierForKey(key('Digit1', '1', { altKey: true, ctrlKey: true }), 3)).toBeNull();
    expect(tierForKey(key('Digit1', '1', { altKey: true, shiftKey: true }), 3)).toBeNull();
    expect(tierForKey(key('Digit1', '1', {}), 3)).toBeNull();
    expect(tierForKey(key('Digit1', '1'), 1)).toBeNull();
    expect(tierForKey(key('KeyA', 'a'), 3)).toBeNull();
  });
});
