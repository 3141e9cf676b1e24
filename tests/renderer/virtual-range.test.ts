// The virtualised list draws only the rows in view (plus a margin) and fetches only the pages they need.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { pagesFor, scrollToReveal, visibleRange } from '../../renderer/src/lib/virtual-range';

describe('virtual range', () => {
  test('at the top of 10,000 rows only a screenful and the margin are drawn', () => {
    expect(visibleRange(0, 560, 56, 10_000, 8)).toEqual({ start: 0, end: 18 });
  });

  test('deep in the list the range follows the scroll position', () => {
    expect(visibleRange(56 * 5000, 560, 56, 10_000, 8)).toEqual({ start: 4992, end: 5018 });
  });

  test('the range never leaves the list and always covers the rows in view', () => {
    fc.assert(
      fc.property(fc.nat(2_000_000), fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 10, max: 120 }), fc.nat(20_000), (scrollTop, height, row, total) => {
        const { start, end } = visibleRange(scrollTop, height, row, total);
        expect(start).toBeGreaterThanOrEqual(0);
        expect(end).toBeLessThanOrEqual(total);
        expect(start).toBeLessThanOrEqual(end);
        const firstInView = Math.floor(scrollTop / row);
        if (firstInView < total) expect(start).toBeLessThanOrEqual(firstInView);
      }),
    );
  });

  test('an empty list draws nothing', () => {
    expect(visibleRange(0, 500, 56, 0)).toEqual({ start: 0, end: 0 });
    expect(pagesFor({ start: 0, end: 0 }, 50)).toEqual([]);
  });

  test('the pages a range touches', () => {
    expect(pagesFor({ start: 0, end: 18 }, 50)).toEqual([0]);
    expect(pagesFor({ start: 45, end: 60 }, 50)).toEqual([0, 1]);
    expect(pagesFor({ start: 100, end: 150 }, 50)).toEqual([2]);
  });

  test('revealing a row scrolls just enough, and not at all when it is in view', () => {
    expect(scrollToReveal(3, 0, 560, 56)).toBe(0);
    expect(scrollToReveal(10, 0, 560, 56)).toBe(56);
    expect(scrollToReveal(2, 300, 560, 56)).toBe(112);
  });
});
