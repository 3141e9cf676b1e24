// The estimate follows the project, in Chromium through `scopewise serve`: features typed in the workshop with a size
// set in one keystroke, an extension of a running Flask app sized small, the drafted scope with its range (P50/P80/P90),
// the rewrite named when another framework is compared, the quoted figure and the days delivered, all saved and read
// back by the CLI's estimate --json.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { RateCard } from '../../shared/scope/schema';
import { cliProcess } from '../cli/cli-helpers';
import { callApi, openSession, type Session } from './session';

let s: Session;
beforeAll(async () => {
  s = await openSession({ viewport: { width: 1366, height: 768 } });
  await s.open();
}, 240_000);
afterAll(async () => {
  await s?.stop();
});

async function answer(field: string, value: string): Promise<void> {
  await s.page.locator(`[data-field="${field}"] input[value="${value}"]`).check();
}

async function expectSaved(): Promise<void> {
  await expect.poll(() => s.page.getByTestId('save-state').getAttribute('data-state'), { timeout: 5000 }).toBe('saved');
}

describe('the estimate follows the project', () => {
  test('features with one-keystroke sizes and an extension of a running Flask app draft a scope with its range, the rewrite named', async () => {
    await s.page.getByRole('button', { name: 'New assessment' }).click();
    await s.page.getByLabel('Client name').fill('Harbour Logistics');
    await answer('projectKind', 'web-app');
    await answer('existingFramework', 'flask');
    await answer('extendingExisting', 'true');
    await answer('lifetime', 'years');
    const add = s.page.getByLabel('Add a feature');
    await add.fill('Customer self-service portal');
    await add.press('Enter');
    await add.fill('Invoices as PDF');
    await add.press('Enter');
    const sizes = s.page.getByTestId('feature-size');
    await expect.poll(() => sizes.count()).toBe(2);
    await sizes.first().focus();
    await s.page.keyboard.press('l');
    await sizes.nth(1).focus();
    await s.page.keyboard.press('2');
    await s.page.getByLabel('How large is the running application?').selectOption('small');
    await expectSaved();
    const id = /#\/assessment\/([0-9a-f-]{36})/.exec(s.page.url())![1]!;

    await s.page.getByRole('link', { name: 'Scope & estimate' }).click();
    await s.page.getByRole('button', { name: 'Draft the scope from the answers' }).click();
    const percentiles = s.page.getByTestId('estimate-percentiles');
    await percentiles.waitFor();
    const [p50, p80, p90] = await Promise.all(['data-p50', 'data-p80', 'data-p90'].map(async (a) => Number(await percentiles.getAttribute(a))));
    expect(p50).toBeGreaterThan(0);
    expect(p50).toBeLessThanOrEqual(p80!);
    expect(p80).toBeLessThanOrEqual(p90!);
    const django = s.page.locator('[data-testid="framework-delta"][data-framework="django"]');
    expect(await django.textContent()).toMatch(/including about \d+ days to rewrite the running Flask application/);
    const titles = await s.page.locator('[data-testid="scope-row"] [data-col="title"]').evaluateAll((cells) => cells.map((c) => (c as HTMLInputElement).value));
    expect(titles).toEqual(expect.arrayContaining(['Customer self-service portal', 'Invoices as PDF', 'Working in the running Flask application']));

    await s.page.getByLabel('The client edition quotes').selectOption('p80');
    await s.page.getByLabel('Days delivered (after delivery)').fill('abc');
    expect(await s.page.getByText('More than 0, at most two decimals.').count()).toBe(1);
    await s.page.getByLabel('Days delivered (after delivery)').fill('31.5');
    await expectSaved();

    const result = cliProcess(['estimate', id, '--json', '--framework', 'django', '--db', s.serve.databasePath]);
    expect(result.stderr).toBe('');
    const printed = JSON.parse(result.stdout) as { rewrite?: { from: string; to: string; days: number }; actualDays?: number };
    expect(printed.rewrite).toEqual({ from: 'flask', to: 'django', days: 12.67 });
    expect(printed.actualDays).toBe(31.5);
    const shown = JSON.parse(cliProcess(['show', id, '--db', s.serve.databasePath]).stdout) as {
      requirements: { features: { title: string; size: string }[]; existingSize: string };
      scope: { quote: string };
    };
    expect(shown.requirements.features).toEqual([
      { title: 'Customer self-service portal', size: 'l' },
      { title: 'Invoices as PDF', size: 's' },
    ]);
    expect(shown.requirements.existingSize).toBe('small');
    expect(shown.scope.quote).toBe('p80');
    expect((await s.audit()).map((v) => v.id)).toEqual([]);
  });

  test('the consultancy’s own sizing in Settings drafts the next scope; days out of order are named and not saved', async () => {
    await s.page.getByRole('button', { name: 'Settings', exact: true }).click();
    const likely = s.page.getByLabel('likely days for size M');
    await likely.fill('7');
    await expect.poll(async () => (await s.page.getByRole('status').textContent()) ?? '').toBe('Rate card saved');
    await s.page.getByLabel('low days for size M').fill('9');
    await expect.poll(async () => (await s.page.getByRole('alert').textContent()) ?? '').toMatch(/sizing\.m\.low/);
    const stored = await callApi<{ rateCard: RateCard }>(s, 'settings.get', {});
    expect(stored.value.rateCard.sizing?.m).toEqual({ low: 3, likely: 7, high: 8 });
    await s.page.getByLabel('low days for size M').fill('3');
    await expect.poll(async () => (await s.page.getByRole('status').textContent()) ?? '').toBe('Rate card saved');
    expect((await s.audit()).map((v) => v.id)).toEqual([]);

    const created = await callApi<{ id: string }>(s, 'assessments.create', {
      fields: { requirements: { features: [{ title: 'Booking calendar', size: 'm' }] } },
    });
    const drafted = await callApi<{ scope: { items: { title: string; low: number; likely: number; high: number }[] } }>(s, 'scope.draft', {
      id: created.value.id,
    });
    expect(drafted.value.scope.items.find((i) => i.title === 'Booking calendar')).toMatchObject({ low: 3, likely: 7, high: 8 });
  });

  test('once three delivered projects have actuals, the Scope view shows the consultancy’s record and its calibrated range', async () => {
    const delivered = { requirements: { features: [{ title: 'Reporting', size: 'l' }] } };
    for (const actualDays of [40, 48, 36]) {
      const { value } = await callApi<{ id: string }>(s, 'assessments.create', { fields: delivered });
      const drafted = await callApi<{ scope: Record<string, unknown> }>(s, 'scope.draft', { id: value.id });
      await callApi(s, 'assessments.update', { id: value.id, fields: { scope: { ...drafted.value.scope, actualDays } } });
    }
    const { value } = await callApi<{ id: string }>(s, 'assessments.create', { fields: { clientName: 'Calibrated', ...delivered } });
    await callApi(s, 'scope.draft', { id: value.id });
    await s.page.goto(`${s.page.url().split('#')[0]}#/assessment/${value.id}/scope`);
    const record = s.page.getByTestId('estimate-calibration');
    await record.waitFor();
    expect(await record.textContent()).toMatch(/^Our record: \d+ projects took [\d.]+× their estimate; calibrated P50 .+ · P80 .+$/);
    const p80 = Number(await record.getAttribute('data-p80'));
    expect(p80).toBeGreaterThanOrEqual(Number(await record.getAttribute('data-p50')));
    expect((await s.audit()).map((v) => v.id)).toEqual([]);
    // The record is the consultancy's own: gone while the client watches (the last test: presentation mode stays on).
    await s.page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect.poll(() => s.page.getByRole('button', { name: 'Presentation mode' }).getAttribute('aria-pressed')).toBe('true');
    // Presenting, the Scope view is the client's view of it: options and prices, no range, no record.
    await s.page.getByTestId('scope-client-view').waitFor();
    expect(await s.page.getByTestId('estimate-calibration').count()).toBe(0);
    expect(await s.page.getByTestId('estimate-percentiles').count()).toBe(0);
  });
});
