// Scope & estimate as a consultant runs it, through `scopewise serve` in Chromium: draft the scope from the answers,
// then edit the grid by keyboard alone (type, Tab, Enter for a new row, arrows between rows, Delete and Ctrl+Z), and
// check that the totals on screen equal the CLI's `estimate --json` on the saved record, to the cent.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatMoney } from '../../shared/scope/estimate';
import { cliProcess } from '../cli/cli-helpers';
import type { RateCard } from '../../shared/scope/schema';
import { callApi, openSession, type Session } from './session';

let s: Session;
beforeAll(async () => {
  s = await openSession({ viewport: { width: 1366, height: 768 } });
  await s.open();
}, 240_000);
afterAll(async () => {
  await s?.stop();
});

const rows = () => s.page.getByTestId('scope-row');
const focused = () =>
  s.page.evaluate(() => ({
    col: (document.activeElement as HTMLElement | null)?.dataset.col,
    id: document.activeElement?.closest<HTMLElement>('[data-id]')?.dataset.id,
  }));

async function answer(field: string, value: string): Promise<void> {
  await s.page.locator(`[data-field="${field}"] input[value="${value}"]`).check();
}

async function expectSaved(): Promise<void> {
  await expect.poll(() => s.page.getByTestId('save-state').getAttribute('data-state'), { timeout: 5000 }).toBe('saved');
}

async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await s.page.keyboard.press(key);
}

/** Replaces the focused cell's text by typing, as a user does after selecting it. */
async function typeOver(text: string): Promise<void> {
  await press('Control+A');
  await s.page.keyboard.type(text);
}

let id = '';

describe('scope and estimate in the browser', () => {
  test('the answers drafted into a scope show a live estimate', async () => {
    await s.page.getByRole('button', { name: 'New assessment' }).click();
    await s.page.getByLabel('Client name').fill('Fjord Outfitters');
    await s.page.getByLabel('Project title').fill('Web shop');
    await answer('projectKind', 'ecommerce');
    await answer('adminPanel', 'true');
    await answer('auth', 'roles');
    await s.page.locator('[data-field="teamSize"]').fill('2');
    await expectSaved();
    id = /#\/assessment\/([0-9a-f-]{36})/.exec(s.page.url())![1]!;

    await s.page.getByRole('link', { name: 'Scope & estimate' }).click();
    await s.page.getByText('No scope yet').waitFor();
    await s.screenshot('scope-empty');
    const draft = s.page.getByRole('button', { name: 'Draft the scope from the answers' });
    await draft.focus();
    await press('Enter');
    await expect.poll(() => rows().count(), { timeout: 10_000 }).toBeGreaterThan(2);
    await s.page.getByTestId('estimate-total').waitFor();
    expect(Number(await s.page.getByTestId('estimate-total').getAttribute('data-minor'))).toBeGreaterThan(0);
    expect(await s.page.getByTestId('framework-delta').count()).toBe(2);
    expect(await s.page.getByTestId('framework-delta').first().textContent()).toMatch(/would (add|save|cost|take)/);
    expect((await s.audit()).map((v) => v.id)).toEqual([]);
  });

  test('the grid is edited by keyboard alone, and the totals move with every cell', async () => {
    const before = Number(await s.page.getByTestId('estimate-total').getAttribute('data-minor'));
    const count = await rows().count();
    // Start in the first row's title; from here on only the keyboard.
    await rows().first().locator('[data-col="title"]').focus();
    await typeOver('Accounts, roles and sign-in');
    await press('Tab', 'Tab', 'Tab');
    expect((await focused()).col).toBe('low');
    await typeOver('2');
    await press('Tab');
    await typeOver('6');
    await press('Tab');
    await typeOver('12');
    await expect.poll(async () => Number(await s.page.getByTestId('estimate-total').getAttribute('data-minor'))).not.toBe(before);

    // Enter adds a row below, in the same phase, its title selected: typing replaces it.
    await press('Enter');
    await expect.poll(() => rows().count()).toBe(count + 1);
    expect((await focused()).col).toBe('title');
    await s.page.keyboard.type('Gift cards');
    const giftId = (await focused()).id!;
    await press('Tab', 'Tab', 'Tab');
    await typeOver('1');
    await press('Tab');
    await typeOver('2');
    await press('Tab');
    await typeOver('4');
    await press('Tab', 'Tab');
    expect((await focused()).col).toBe('optional');
    await press('Space');
    await expect.poll(() => s.page.getByTestId('addon').filter({ hasText: 'Gift cards' }).count()).toBe(1);

    // Arrows move between rows in the same column.
    await press('ArrowUp');
    expect((await focused()).col).toBe('optional');
    expect((await focused()).id).not.toBe(giftId);
    await press('ArrowDown');
    expect((await focused()).id).toBe(giftId);

    // Delete on a non-text cell removes the row; Ctrl+Z puts it back.
    await press('Delete');
    await expect.poll(() => rows().count()).toBe(count);
    expect(await s.page.getByTestId('addon').filter({ hasText: 'Gift cards' }).count()).toBe(0);
    expect(await s.page.getByRole('status').textContent()).toContain('Removed “Gift cards”');
    await press('Control+z');
    await expect.poll(() => rows().count()).toBe(count + 1);
    await expect.poll(() => s.page.getByTestId('addon').filter({ hasText: 'Gift cards' }).count()).toBe(1);

    // A day count that is not a number is marked and not taken; the estimate keeps the last good value.
    await rows().first().locator('[data-col="likely"]').focus();
    const shown = await s.page.getByTestId('estimate-total').getAttribute('data-minor');
    await typeOver('six');
    expect(await rows().first().locator('[data-col="likely"]').getAttribute('aria-invalid')).toBe('true');
    expect(await s.page.getByTestId('estimate-total').getAttribute('data-minor')).toBe(shown);
    await typeOver('5.5');
    expect(await rows().first().locator('[data-col="likely"]').getAttribute('aria-invalid')).toBe('false');
    await expectSaved();
    await s.screenshot('scope-1366x768');
    expect((await s.audit()).map((v) => v.id)).toEqual([]);
  });

  test('the totals on screen equal the CLI’s estimate --json on the saved record, to the cent', async () => {
    await expectSaved();
    const result = cliProcess(['estimate', id, '--json', '--db', s.serve.databasePath]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const cliEstimate = JSON.parse(result.stdout) as {
      currency: string;
      tiers: { tier: number; build: number; pm: number; qa: number; contingency: number; total: number; low: number; high: number }[];
      addOns: { title: string; price: number }[];
    };
    const shown = await s.page.getByTestId('tier-row').evaluateAll((trs) =>
      trs.map((tr) => {
        const d = (tr as HTMLElement).dataset;
        return { tier: Number(d.tier), build: Number(d.build), pm: Number(d.pm), qa: Number(d.qa), contingency: Number(d.contingency), total: Number(d.total) };
      }),
    );
    expect(shown).toEqual(cliEstimate.tiers.map(({ tier, build, pm, qa, contingency, total }) => ({ tier, build, pm, qa, contingency, total })));
    const top = cliEstimate.tiers.at(-1)!;
    expect(Number(await s.page.getByTestId('estimate-total').getAttribute('data-minor'))).toBe(top.total);
    // And the text a client reads is that amount, formatted.
    const locale = await s.page.evaluate(() => navigator.language);
    expect(await s.page.getByTestId('estimate-total').textContent()).toBe(formatMoney(top.total, cliEstimate.currency, locale));
    expect(await s.page.getByTestId('estimate-range').textContent()).toContain(formatMoney(top.high, cliEstimate.currency, locale));
    const addOns = await s.page.getByTestId('addon').evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.minor)));
    expect(addOns).toEqual(cliEstimate.addOns.map((a) => a.price));
  });

  test('a rate changed in Settings alters no scope until Update rates; a bad currency is named and not saved', async () => {
    const before = Number(await s.page.getByTestId('estimate-total').getAttribute('data-minor'));
    await s.page.getByRole('button', { name: 'Settings', exact: true }).click();
    const rate = s.page.getByLabel('Day rate of Senior developer');
    await rate.fill('900');
    await expect.poll(async () => (await s.page.getByRole('status').textContent()) ?? '').toBe('Rate card saved');
    await s.page.getByLabel('Currency').fill('ABC');
    await expect.poll(async () => (await s.page.getByRole('alert').textContent()) ?? '').toMatch(/^Currency: "ABC" is not an ISO 4217 code/);
    const stored = await callApi<{ rateCard: RateCard }>(s, 'settings.get', {});
    expect(stored.value.rateCard.currency).toBe('GBP');
    expect(stored.value.rateCard.rates.find((r) => r.role === 'senior-developer')!.dayRate).toBe(90000);
    await s.page.getByLabel('Currency').fill('GBP');
    await expect.poll(async () => (await s.page.getByRole('status').textContent()) ?? '').toBe('Rate card saved');
    await s.screenshot('settings-rate-card');
    expect((await s.audit()).map((v) => v.id)).toEqual([]);

    await s.page.goBack();
    await s.page.getByTestId('estimate-total').waitFor();
    expect(Number(await s.page.getByTestId('estimate-total').getAttribute('data-minor'))).toBe(before);
    await s.page.getByRole('button', { name: 'Update rates from Settings' }).click();
    await expect.poll(async () => Number(await s.page.getByTestId('estimate-total').getAttribute('data-minor'))).toBeGreaterThan(before);
    expect(await s.page.getByText('Senior developer: £900.00').count()).toBe(1);
  });

  test('after a reload the edited scope is still there', async () => {
    const count = await rows().count();
    await s.page.reload();
    await rows().first().waitFor();
    expect(await rows().count()).toBe(count);
    expect(await rows().first().locator('[data-col="title"]').inputValue()).toBe('Accounts, roles and sign-in');
    expect(await rows().first().locator('[data-col="likely"]').inputValue()).toBe('5.5');
    await s.page.setViewportSize({ width: 1024, height: 640 });
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await s.screenshot('scope-1024x640');
    expect(s.errors).toEqual([]);
  });
});
