// The consultant's choices in the Scope view end to end, through `scopewise serve` in Chromium: Alt+digit picks the
// recommended option (or its radio in the totals), the total on screen follows, and the saved record's
// `estimate --json` and the PDF quote the same option; Alt+D edits the focused item's description, which the PDF prints.
/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { formatMoney } from '../../shared/scope/estimate';
import { DEFAULT_RATE_CARD, emptyScope, type Scope } from '../../shared/scope/schema';
import { cliProcess } from '../cli/cli-helpers';
import { tempFolder } from '../db/temp';
import { pdfText } from './pdf-text';
import { callApi, openSession, type Session } from './session';

let s: Session;
beforeAll(async () => {
  s = await openSession({ viewport: { width: 1366, height: 768 } });
  await s.open();
}, 240_000);
afterAll(async () => {
  await s?.stop();
});

const SCOPE: Scope = {
  ...emptyScope(DEFAULT_RATE_CARD),
  tiers: ['Basis', 'Plus', 'Premium'],
  items: [
    { id: 'a', title: 'Accounts', phase: 'Build', role: 'developer', low: 2, likely: 3, high: 5 },
    { id: 'b', title: 'Back office', phase: 'Build', role: 'developer', low: 3, likely: 4, high: 8, tier: 2 },
    { id: 'c', title: 'Reports', phase: 'Build', role: 'developer', low: 4, likely: 6, high: 9, tier: 3 },
  ],
};

async function expectSaved(): Promise<void> {
  await expect.poll(() => s.page.getByTestId('save-state').getAttribute('data-state'), { timeout: 5000 }).toBe('saved');
}

const shownTier = async (): Promise<number> => Number(await s.page.getByTestId('estimate-tier').getAttribute('data-tier'));

describe('the recommended option in the app, the CLI and the PDF', () => {
  test('Alt+1 recommends the first option: the total, estimate --json and the PDF follow', async () => {
    const created = await callApi<{ id: string }>(s, 'assessments.create', {
      fields: { clientName: 'Nordlicht Zahlungen GmbH', projectTitle: 'Händlerportal', requirements: { projectKind: 'saas', teamSize: 2 }, scope: SCOPE },
    });
    expect(created.ok).toBe(true);
    const id = created.value.id;
    await s.page.goto(`${s.page.url().split('#')[0]}#/assessment/${id}/scope`);
    await s.page.getByTestId('estimate-total').waitFor();
    // None chosen: the highest tier.
    expect(await shownTier()).toBe(3);

    await s.page.keyboard.press('Alt+1');
    await expect.poll(shownTier).toBe(1);
    const row = s.page.locator('[data-testid="tier-row"][data-tier="1"]');
    expect(await row.getAttribute('data-recommended')).toBe('true');
    expect(Number(await s.page.getByTestId('estimate-total').getAttribute('data-minor'))).toBe(Number(await row.getAttribute('data-total')));
    await expectSaved();

    const json = JSON.parse(cliProcess(['estimate', id, '--json', '--db', s.serve.databasePath]).stdout) as {
      recommendedTier: number;
      currency: string;
      tiers: { tier: number; total: number; name: string }[];
    };
    expect(json.recommendedTier).toBe(1);
    const basis = json.tiers[0]!;
    // The PDF the app previews and exports (the CLI's proposal command would wait for the running app's write lock).
    const preview = await callApi<{ pdfBase64: string }>(s, 'proposal.preview', { id });
    expect(preview.ok).toBe(true);
    const out = join(tempFolder(), 'proposal.pdf');
    writeFileSync(out, Buffer.from(preview.value.pdfBase64, 'base64'));
    const text = await pdfText(out);
    expect(text).toContain(`The investment for the Basis option is ${formatMoney(basis.total, json.currency, 'en-GB')}`);
    expect(text).toContain('We recommend Basis (marked ★)');

    // The radio in the totals does the same, and Alt+2 after it.
    await s.page.getByRole('radio', { name: /Recommend Premium/ }).check();
    await expect.poll(shownTier).toBe(3);
    await s.page.keyboard.press('Alt+2');
    await expect.poll(shownTier).toBe(2);
    await expectSaved();
    expect(JSON.parse(cliProcess(['estimate', id, '--json', '--db', s.serve.databasePath]).stdout).recommendedTier).toBe(2);
    expect((await s.audit()).map((v) => v.id)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  test('Alt+D from a grid cell edits that item’s description; a retitled drafted item prints none, an edited one prints', async () => {
    const created = await callApi<{ id: string }>(s, 'assessments.create', {
      fields: { clientName: 'บริษัท ขนส่งไทย จำกัด', projectTitle: 'Fleet portal', requirements: { projectKind: 'saas', adminPanel: true, auth: 'roles' } },
    });
    const id = created.value.id;
    expect((await callApi(s, 'scope.draft', { id })).ok).toBe(true);
    await s.page.goto(`${s.page.url().split('#')[0]}#/assessment/${id}/scope`);
    const row = s.page.locator('[data-testid="scope-row"][data-id="back-office"]');
    await row.locator('[data-col="title"]').focus();
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.type('Dispatch console');
    await expect.poll(() => s.page.locator('#item-description-state').getAttribute('data-state')).toBe('stale');
    await expectSaved();
    const stale = await callApi<{ pdfBase64: string }>(s, 'proposal.preview', { id });
    const first = join(tempFolder(), 'stale.pdf');
    writeFileSync(first, Buffer.from(stale.value.pdfBase64, 'base64'));
    const before = await pdfText(first);
    expect(before).toContain('Dispatch console');
    expect(before).not.toContain('Screens for staff to find, create, edit');

    await row.locator('[data-col="title"]').focus();
    await s.page.keyboard.press('Alt+d');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('item-description-text');
    await s.page.keyboard.press('Control+A');
    await s.page.keyboard.type('Where dispatchers assign loads to drivers and follow them on a map.');
    await expect.poll(() => s.page.locator('#item-description-state').getAttribute('data-state')).toBe('own');
    await expectSaved();
    const own = await callApi<{ pdfBase64: string }>(s, 'proposal.preview', { id });
    const second = join(tempFolder(), 'own.pdf');
    writeFileSync(second, Buffer.from(own.value.pdfBase64, 'base64'));
    expect(await pdfText(second)).toContain('Where dispatchers assign loads to drivers and follow them on a map.');
    expect((await s.audit()).map((v) => v.id)).toEqual([]);
    expect(s.errors).toEqual([]);
  });

  test('a start date dates the plan; one that ends after the target date is flagged in the app and the internal edition', async () => {
    const created = await callApi<{ id: string }>(s, 'assessments.create', {
      fields: {
        clientName: 'Fjord Outfitters',
        projectTitle: 'Web shop',
        requirements: { projectKind: 'ecommerce', teamSize: 1, targetDate: '2027-03-10' },
        scope: SCOPE,
      },
    });
    const id = created.value.id;
    await s.page.goto(`${s.page.url().split('#')[0]}#/assessment/${id}/scope`);
    await s.page.getByLabel('Work starts on').fill('2027-03-01');
    await expect.poll(() => s.page.getByTestId('plan-end').getAttribute('data-end')).not.toBeNull();
    await s.page.getByTestId('plan-late').waitFor();
    await expectSaved();
    const internal = await callApi<{ pdfBase64: string }>(s, 'proposal.preview', { id, edition: 'internal' });
    const client = await callApi<{ pdfBase64: string }>(s, 'proposal.preview', { id });
    const folder = tempFolder();
    writeFileSync(join(folder, 'internal.pdf'), Buffer.from(internal.value.pdfBase64, 'base64'));
    writeFileSync(join(folder, 'client.pdf'), Buffer.from(client.value.pdfBase64, 'base64'));
    const internalText = await pdfText(join(folder, 'internal.pdf'));
    expect(internalText).toContain('Work starts on 1 March 2027');
    expect(internalText).toContain('after the client’s target date of 10 March 2027');
    const clientText = await pdfText(join(folder, 'client.pdf'));
    expect(clientText).toContain('Work starts on 1 March 2027');
    expect(clientText).not.toContain('target date');
    expect((await s.audit()).map((v) => v.id)).toEqual([]);
  });
});
