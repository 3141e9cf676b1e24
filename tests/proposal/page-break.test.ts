// Where a page breaks inside flowing lines: two lines of a run on each side of the break, never a break between a
// bullet's text and its detail, and three lines or fewer moved whole.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { type FlowLine, linesBeforeBreak, minimumStart } from '../../shared/proposal/page-break';

/** A bullet: `text` lines of 14.5 pt, then `detail` lines of 12 pt. */
function bullet(text: number, detail: number): FlowLine[] {
  return [...Array.from({ length: text }, () => ({ run: 0, leading: 14.5 })), ...Array.from({ length: detail }, () => ({ run: 1, leading: 12 }))];
}

describe('the page break inside flowing lines', () => {
  it('takes everything that fits', () => {
    expect(linesBeforeBreak(bullet(2, 3), 0, 1000)).toBe(5);
  });

  it('moves a bullet whole rather than leave its detail, or one line of it, on the next page', () => {
    // Room for the text and one line of a three-line detail: the detail would be split 1/2; nothing stays.
    expect(linesBeforeBreak(bullet(1, 3), 0, 14.5 + 12 + 1)).toBe(0);
    // Room for the text only: a detail never starts a page without its text.
    expect(linesBeforeBreak(bullet(2, 4), 0, 2 * 14.5 + 1)).toBe(0);
    // Room for the text and two detail lines of four: two stay, two go.
    expect(linesBeforeBreak(bullet(1, 4), 0, 14.5 + 24 + 5)).toBe(3);
  });

  it('splits one paragraph two and two at least, as before', () => {
    expect(linesBeforeBreak(bullet(3, 0), 0, 2 * 14.5)).toBe(0);
    expect(linesBeforeBreak(bullet(5, 0), 0, 4 * 14.5)).toBe(3);
    expect(linesBeforeBreak(bullet(5, 0), 0, 1 * 14.5)).toBe(0);
  });

  it('never leaves fewer than two lines of the split run on either side, nor breaks between runs (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 200 }), (text, detail, room) => {
        const lines = bullet(text, detail);
        const take = linesBeforeBreak(lines, 0, room);
        const height = lines.slice(0, take).reduce((sum, l) => sum + l.leading, 0);
        expect(height).toBeLessThanOrEqual(room + 1e-6);
        if (take === 0 || take === lines.length) return;
        const before = lines[take - 1]!.run;
        expect(lines[take]!.run).toBe(before);
        expect(lines.slice(0, take).filter((l) => l.run === before).length).toBeGreaterThanOrEqual(2);
        expect(lines.slice(take).filter((l) => l.run === before).length).toBeGreaterThanOrEqual(2);
      }),
    );
  });
});

describe('blank lines between paragraphs of a detail', () => {
  it('are not counted as one of the two lines a split leaves on the next page', () => {
    // Text, then a detail of five lines, a blank line and one more: room for the text and five detail lines.
    const lines: FlowLine[] = [
      { run: 0, leading: 14.5 },
      ...Array.from({ length: 5 }, () => ({ run: 1, leading: 12 })),
      { run: 1, leading: 12, blank: true },
      { run: 1, leading: 12 },
    ];
    const take = linesBeforeBreak(lines, 0, 14.5 + 5 * 12 + 1);
    // The text and four detail lines stay; the fifth, the blank and the last go on together.
    expect(take).toBe(5);
  });
});

describe('what a heading keeps with the lines below it', () => {
  it('is the whole item when its text and detail cannot split: a one-line text with a three-line detail', () => {
    const lines: FlowLine[] = [{ run: 0, leading: 14.5 }, ...Array.from({ length: 3 }, () => ({ run: 1, leading: 12 }))];
    expect(minimumStart(lines)).toBeCloseTo(14.5 + 3 * 12);
  });

  it('is the text and two detail lines when a longer detail can split after them', () => {
    const lines: FlowLine[] = [{ run: 0, leading: 14.5 }, ...Array.from({ length: 6 }, () => ({ run: 1, leading: 12 }))];
    expect(minimumStart(lines)).toBeCloseTo(14.5 + 2 * 12);
  });

  it('is two lines of a long text', () => {
    const lines: FlowLine[] = Array.from({ length: 5 }, () => ({ run: 0, leading: 14.5 }));
    expect(minimumStart(lines)).toBeCloseTo(2 * 14.5);
  });

  it('is always a height at which the lines can start (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ run: fc.integer({ min: 0, max: 2 }), leading: fc.constantFrom(12, 14.5) }), { minLength: 1, maxLength: 12 }), (raw) => {
        const lines = [...raw].sort((a, b) => a.run - b.run);
        expect(linesBeforeBreak(lines, 0, minimumStart(lines))).toBeGreaterThan(0);
      }),
    );
  });
});
