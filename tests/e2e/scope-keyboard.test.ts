// The scope grid typed by keyboard alone, through `scopewise serve` in Chromium: Tab moves exactly one cell from the
// phase (with its suggestions, and when a new phase redraws the row), each added row is one undo step, a wrong estimate
// is named by the item's title and the column in words, and at 1366×768 no phase, role or tier name is cut.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { Scope } from '../../shared/scope/schema';
import { callApi, openSession, type Session } from './session';

let s: Session;
let id = '';

const rows = () => s.page.getByTestId('scope-row');
const status = () => s.page.getByRole('status').textContent();
/** The row whose title is `title` (a cell's value is a property, not an attribute a selector could match). */
async function rowTitled(title: string) {
  const rowId = await s.page.evaluate(
    (t) =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="scope-row"]')].find((r) => r.querySelector<HTMLInputElement>('[data-col="title"]')?.value === t)
        ?.dataset.id,
    title,
  );
  expect(rowId, title).toBeDefined();
  return s.page.locator(`[data-id="${rowId}"]`);
}
const focusedCol = () => s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.col);

async function saved(): Promise<Scope> {
  await expect.poll(() => s.page.getByTestId('save-state').getAttribute('data-state'), { timeout: 5000 }).toBe('saved');
  const result = await callApi<{ scope: Scope }>(s, 'assessments.get', { id });
  return result.value.scope;
}

/** Types into the focused cell as a user does: select what is there, type over it. */
async function typeOver(text: string): Promise<void> {
  await s.page.keyboard.press('Control+A');
  await s.page.keyboard.type(text);
}

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1366, height: 768 } });
  await s.open();
  const created = await callApi<{ id: string }>(s, 'assessments.create', {
    fields: { clientName: 'Keyboard Freight', projectTitle: 'Depot app', requirements: { projectKind: 'web-app', auth: 'roles', adminPanel: true } },
  });
  id = created.value.id;
  const drafted = await callApi<{ scope: Scope }>(s, 'scope.draft', { id });
  // Options with longer names, as a consultant names them: none may be cut in the grid.
  const scope = { ...drafted.value.scope, tiers: ['Essential', 'Professional', 'Enterprise'] };
  await callApi(s, 'assessments.update', { id, fields: { scope } });
}, 240_000);

afterAll(async () => {
  await s?.stop();
});

describe('the scope grid by keyboard', () => {
  test('Tab from the phase moves exactly one cell, so typed days land in their own columns', async () => {
    await s.page.goto(`${s.serve.url.replace(/#.*$/, '')}#/assessment/${id}/scope`);
    await rows().first().waitFor();
    const before = await rows().count();
    // A new row below the first, typed across: a phase of its own (the row moves to a new group), then the days.
    await rows().first().locator('[data-col="title"]').focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => rows().count()).toBe(before + 1);
    await s.page.keyboard.type('Integration with SAP');
    await s.page.keyboard.press('Tab');
    expect(await focusedCol()).toBe('phase');
    await typeOver('Discovery');
    await s.page.keyboard.press('Tab');
    await expect.poll(focusedCol).toBe('role');
    await s.page.keyboard.press('Tab');
    expect(await focusedCol()).toBe('low');
    await typeOver('2');
    await s.page.keyboard.press('Tab');
    await typeOver('3');
    await s.page.keyboard.press('Tab');
    await typeOver('5');
    let scope = await saved();
    let item = scope.items.find((i) => i.title === 'Integration with SAP')!;
    expect(item).toMatchObject({ phase: 'Discovery', low: 2, likely: 3, high: 5 });

    // An existing phase, picked from the suggestions: Tab again one cell on, and Shift+Tab one cell back.
    const row = await rowTitled('Integration with SAP');
    const phases = await s.page.locator('#scope-phases option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const other = phases.find((p) => p !== 'Discovery')!;
    await row.locator('[data-col="phase"]').focus();
    await typeOver(other);
    await s.page.keyboard.press('Tab');
    await expect.poll(focusedCol).toBe('role');
    await s.page.keyboard.press('Shift+Tab');
    await expect.poll(focusedCol).toBe('phase');
    await s.page.keyboard.press('Shift+Tab');
    await expect.poll(focusedCol).toBe('title');
    scope = await saved();
    item = scope.items.find((i) => i.title === 'Integration with SAP')!;
    expect(item).toMatchObject({ phase: other, low: 2, likely: 3, high: 5 });
  });

  test('each row added is one undo step, however quickly they are added', async () => {
    const before = await rows().count();
    await rows().first().locator('[data-col="title"]').focus();
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => rows().count()).toBe(before + 2);
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => rows().count()).toBe(before + 1);
    await s.page.keyboard.press('Control+z');
    await expect.poll(() => rows().count()).toBe(before);
    await saved();
  });

  test('a high estimate below the likely one is named by the item and the column, and not saved', async () => {
    const row = await rowTitled('Integration with SAP');
    await row.locator('[data-col="high"]').focus();
    await typeOver('1');
    await expect.poll(status, { timeout: 5000 }).toBe('Scope not saved yet: Integration with SAP: the high estimate must be at least the likely one');
    expect(await row.locator('[data-col="high"]').getAttribute('aria-invalid')).toBe('true');
    expect(await row.locator('[data-col="high"]').getAttribute('title')).toBe('Integration with SAP: the high estimate must be at least the likely one');
    const stored = await callApi<{ scope: Scope }>(s, 'assessments.get', { id });
    expect(stored.value.scope.items.find((i) => i.title === 'Integration with SAP')!.high).toBe(5);
    await typeOver('6');
    const scope = await saved();
    expect(scope.items.find((i) => i.title === 'Integration with SAP')!.high).toBe(6);
  });

  test('at 1366×768 every phase, role and tier name in the grid is shown whole', async () => {
    await s.page.setViewportSize({ width: 1366, height: 768 });
    await rows().first().waitFor();
    const cut = await s.page.evaluate(() => {
      const canvas = document.createElement('canvas').getContext('2d')!;
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.scope-grid input[type="text"], .scope-grid select')) {
        const style = getComputedStyle(el);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.text ?? '') : el.value;
        // A select keeps room for its arrow (about 20 px); an input needs its text inside its padding.
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - (el instanceof HTMLSelectElement ? 20 : 0);
        // A few pixels to spare: the caret and the field's own scroll margin.
        if (el.dataset.col !== 'title' && canvas.measureText(text).width + 4 > room) out.push(`${el.dataset.col}: ${text}`);
      }
      return out;
    });
    expect(cut).toEqual([]);
    await s.screenshot('scope-grid-1366x768');
    expect(s.errors).toEqual([]);
  });
});
