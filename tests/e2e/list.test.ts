// The list over 10,000 assessments (filled by `scopewise demo`): counted, virtualised, searched as you type,
// filtered, sorted, and walked with the keyboard to its very end.
/// <reference lib="dom" />
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from './build';
import { foreignRequests, openDemoSession, type Session } from './session';

let s: Session;
beforeAll(async () => {
  s = await openDemoSession(10_000);
  await s.open();
  await s.page.getByTestId('assessment-row').first().waitFor();
}, 240_000);
afterAll(async () => {
  await s?.stop();
});

const rows = () => s.page.getByTestId('assessment-row');
const count = async (): Promise<string> => ((await s.page.locator('.count').textContent()) ?? '').replace(/\s+/g, ' ').trim();
const drawnRows = (): Promise<number> => s.page.locator('[role="listitem"]').count();
const focusedRow = (): Promise<string | null> =>
  s.page.evaluate(() => document.activeElement?.closest('[role="listitem"]')?.getAttribute('aria-posinset') ?? null);
/** NOCASE order, as the database sorts: ASCII letters fold, everything else by code point. */
const fold = (text: string): string => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

describe('the list with 10,000 assessments', () => {
  test('counts them all but keeps only a screenful of rows in the page', async () => {
    expect(await count()).toBe('10,000 assessments');
    const drawn = await drawnRows();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    expect(await s.page.locator('[role="list"][aria-label="Assessments"]').getAttribute('aria-busy')).toBe('false');
    expect(await s.page.locator('[role="listitem"]').first().getAttribute('aria-setsize')).toBe('10000');
    const shot = await s.screenshot('list-10k');
    if (process.env.SCOPEWISE_README_SCREENSHOTS === '1') {
      mkdirSync(join(ROOT, 'tests', 'e2e', 'screenshots'), { recursive: true });
      copyFileSync(shot, join(ROOT, 'tests', 'e2e', 'screenshots', 'list.png'));
    }
    const violations = await s.audit();
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  test('scrolling deep into the list fetches the rows it reaches', async () => {
    await s.page.locator('.scroller').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await expect.poll(() => s.page.locator('[role="listitem"] .loading').count()).toBe(0);
    const positions = await s.page.locator('[role="listitem"]').evaluateAll((items) => items.map((i) => Number(i.getAttribute('aria-posinset'))));
    expect(Math.min(...positions)).toBeGreaterThan(4900);
    expect(Math.max(...positions)).toBeLessThan(5100);
    expect(await drawnRows()).toBeLessThan(60);
  });

  test('the keyboard walks the list: Down, Page Down, End reaches row 10,000, Home comes back', async () => {
    await s.page.keyboard.press('Control+f');
    await s.page.keyboard.press('ArrowDown');
    expect(await focusedRow()).toBe('1');
    await s.page.keyboard.press('ArrowDown');
    expect(await focusedRow()).toBe('2');
    await s.page.keyboard.press('PageDown');
    expect(Number(await focusedRow())).toBeGreaterThan(5);
    await s.page.keyboard.press('End');
    await expect.poll(focusedRow).toBe('10000');
    expect(await s.page.evaluate(() => document.activeElement?.textContent?.trim().length ?? 0)).toBeGreaterThan(0);
    await s.page.keyboard.press('Home');
    await expect.poll(focusedRow).toBe('1');
    await s.page.keyboard.press('ArrowUp');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('search-assessments');
  });

  test('search narrows the list as you type', async () => {
    const client = ((await rows().first().locator('.client').textContent()) ?? '').trim();
    const word = client.split(/\s+/)[0]!;
    await s.page.getByRole('searchbox', { name: 'Search assessments' }).fill(word);
    const matches = async (): Promise<number> => {
      const shown = /^([\d,]+) assessments? of 10,000$/.exec(await count());
      return shown === null ? NaN : Number(shown[1]!.replace(/,/g, ''));
    };
    await expect.poll(matches).toBeLessThan(10_000);
    expect(await matches()).toBeGreaterThan(0);
    for (const row of await s.page.locator('[role="listitem"] .client').allTextContents()) expect(row).toBeTruthy();
    await s.page.getByRole('searchbox', { name: 'Search assessments' }).fill('');
    await expect.poll(count).toBe('10,000 assessments');
  });

  test('filters by status and by recommended framework', async () => {
    await s.page.getByLabel('Status', { exact: true }).selectOption('sent');
    await expect.poll(async () => new Set(await s.page.locator('[role="listitem"] .status').allTextContents())).toEqual(new Set(['Sent']));
    await s.page.getByLabel('Recommended').selectOption('flask');
    await expect.poll(async () => new Set(await s.page.locator('[role="listitem"] .framework').allTextContents())).toEqual(new Set(['Flask']));
    expect(await count()).toMatch(/ of 10,000$/);
    await s.page.getByLabel('Status', { exact: true }).selectOption('');
    await s.page.getByLabel('Recommended').selectOption('');
    await expect.poll(count).toBe('10,000 assessments');
  });

  test('sorts by client name, both ways', async () => {
    await s.page.getByLabel('Sort by').selectOption('clientName:asc');
    await expect
      .poll(async () => {
        const names = (await s.page.locator('[role="listitem"] .client').allTextContents()).map((n) => fold(n.trim()));
        return names.length > 5 && names.every((n, i) => i === 0 || names[i - 1]! <= n);
      })
      .toBe(true);
    const first = await rows().first().locator('.client').textContent();
    await s.page.getByLabel('Sort by').selectOption('clientName:desc');
    await expect.poll(() => rows().first().locator('.client').textContent()).not.toBe(first);
    const names = (await s.page.locator('[role="listitem"] .client').allTextContents()).map((n) => fold(n.trim()));
    expect(names.every((n, i) => i === 0 || names[i - 1]! >= n)).toBe(true);
    expect(fold(names[0]!) > fold(first!.trim())).toBe(true);
  });

  test('nothing left 127.0.0.1 and the page threw nothing', () => {
    expect(foreignRequests(s.requests, s.serve.origin)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
