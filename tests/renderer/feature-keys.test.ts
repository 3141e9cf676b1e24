// One keystroke sizes a feature: 1–5 for XS to XL, and S, M, L in either case; anything else leaves the size alone.
import { expect, test } from 'vitest';

import { sizeForKey } from '../../renderer/src/lib/feature-keys';

test('maps 1–5 to XS–XL and S, M, L to their sizes, and nothing else', () => {
  expect(['1', '2', '3', '4', '5'].map(sizeForKey)).toEqual(['xs', 's', 'm', 'l', 'xl']);
  expect(['s', 'M', 'l'].map(sizeForKey)).toEqual(['s', 'm', 'l']);
  for (const key of ['0', '6', 'x', 'X', 'Enter', 'Tab', 'ArrowDown', ' ']) expect(sizeForKey(key), key).toBeUndefined();
});
