// The deal in the app: on the Proposal tab a consultant marks the proposal sent, is told what an acceptance still
// needs, records it with the option and the signer; the Pipeline shows it won, Enter on its row opens it, and the
// CSV export downloads every proposal that left the workshop; the scope takes a tax rate and a payment schedule.
// Real UI in Chromium over `serve`.
/// <reference lib="dom" />
import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { callApi, openSession, type Session } from './session';

const rates = [{ role: 'developer', name: 'Developer', dayRate: 60000 }];
const scope = {
  currency: 'EUR',
  rates,
  pmPercent: 10,
  qaPercent: 10,
  contingencyPercent: 0,
  tiers: ['Essential', 'Complete'],
  items: [
    { id: 'a', title: 'Accounts', phase: 'Build', role: 'developer', low: 2, likely: 2, high: 2 },
    { id: 'b', title: 'Back office', phase: 'Build', role: 'developer', low: 3, likely: 3, high: 3, tier: 2 },
  ],
  assumptions: [],
  exclusions: [],
  clientResponsibilities: [],
};

let s: Session;
let id: string;
beforeAll(async () => {
  s = await openSession();
  await s.open();
  const created = await callApi<{ id: string }>(s, 'assessments.create', { fields: { clientName: 'Brauerei Ost', projectTitle: 'Webshop', scope } });
  id = created.value.id;
  expect((await callApi(s, 'proposal.export', { id })).ok).toBe(true);
}, 240_000);
afterAll(async () => s?.stop());

describe('the deal in the app', () => {
  test('marks the proposal sent, refuses an acceptance without an option, records one, and finds it in the pipeline', async () => {
    const page = s.page;
    await page.evaluate((target) => (location.hash = `#/assessment/${target}/proposal`), id);
    // The editor has this assessment loaded before anything is clicked (in one CI run the click landed before it had).
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toContain('Brauerei Ost');
    const deal = page.getByRole('region', { name: 'Status with the client' });
    await deal.getByRole('button', { name: 'Mark sent' }).click();
    await expect
      .poll(() => deal.getByTestId('deal-summary').textContent(), { timeout: 10_000 })
      // Days as the screen's locale writes them ("Dec 7, 2026" in en-US, "7 Dec 2026" in en-GB), not ISO.
      .toMatch(/^Sent · sent (\w{3} \d{1,2}, \d{4}|\d{1,2} \w{3} \d{4}) · valid until (\w{3} \d{1,2}, \d{4}|\d{1,2} \w{3} \d{4})$/);

    await deal.getByLabel('Accepted by').fill('Greta Ost');
    await deal.getByRole('button', { name: 'Record acceptance' }).click();
    await expect.poll(() => deal.getByRole('alert').textContent()).toBe('Choose the option the client accepted.');
    await deal.getByLabel('Option').selectOption({ label: 'Complete' });
    await deal.getByRole('button', { name: 'Record acceptance' }).click();
    await expect.poll(() => deal.getByTestId('deal-summary').textContent()).toMatch(/^Accepted · sent .* · accepted by Greta Ost: Complete$/);
    expect(await s.audit()).toEqual([]);
    const saved = await callApi<{ status: string; deal: { acceptedTier: number } }>(s, 'assessments.get', { id });
    expect(saved.value).toMatchObject({ status: 'accepted', deal: { acceptedTier: 2 } });

    // An edit on the Workshop tab never changes a recorded status: the select is locked.
    await page.getByRole('link', { name: 'Workshop', exact: true }).click();
    await expect.poll(() => page.locator('#field-status').isDisabled()).toBe(true);

    await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
    await expect.poll(() => page.getByTestId('pipeline-accepted').textContent()).toMatch(/Accepted\s*1\s*€/);
    await expect.poll(() => page.getByTestId('pipeline-figures').textContent()).toMatch(/Won 1 .* win rate\s*100%/);
    expect(await s.audit()).toEqual([]);
    const row = page.getByRole('table', { name: 'Decided proposals' }).locator(`tr[data-id="${id}"]`);
    await row.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/assessment/${id}/proposal`);

    await page.getByRole('link', { name: 'Pipeline', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv[0]).toBe('id,client,project,status,value,currency,date,valid_until,option,accepted_by,decline_reason');
    expect(csv[1]).toContain(`${id},Brauerei Ost,Webshop,accepted,`);
    expect(s.errors).toEqual([]);
  }, 180_000);

  test('the scope takes a tax rate and a payment schedule; stages not adding up to 100 are named and not saved', async () => {
    const page = s.page;
    const created = await callApi<{ id: string }>(s, 'assessments.create', { fields: { clientName: 'Tax client', scope } });
    await page.evaluate((target) => (location.hash = `#/assessment/${target}/scope`), created.value.id);
    const terms = page.getByRole('region', { name: 'What the client pays' });
    await terms.getByLabel('Tax rate %').fill('20');
    await terms.getByLabel('Tax name').fill('VAT');
    await expect.poll(() => terms.getByTestId('price-with-tax').textContent()).toMatch(/VAT\s*=/);
    await terms.getByLabel('Stage 1 percent').fill('20');
    await expect.poll(() => terms.getByTestId('payments-sum').textContent()).toMatch(/add up to 90%, not 100%/);
    await terms.getByLabel('Stage 1 percent').fill('30');
    await expect.poll(() => terms.getByTestId('payments-sum').count()).toBe(0);
    await expect
      .poll(async () => (await callApi<{ scope: { taxPercent?: number; taxLabel?: string } }>(s, 'assessments.get', { id: created.value.id })).value.scope)
      .toMatchObject({ taxPercent: 20, taxLabel: 'VAT' });
    expect(await s.audit()).toEqual([]);
    expect(s.errors).toEqual([]);
  }, 180_000);
});
