// Presentation mode as the client sees it, through `scopewise serve` in Chromium: on every screen, at 1024×640 and
// 1366×768, no path of the data folder, no day rate, no role and no item's low/likely/high days, Settings out of reach,
// nothing cut off sideways; and the status line follows the mode when it is left.
/// <reference lib="dom" />
import { dirname } from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { formatMoney } from '../../shared/scope/estimate';
import type { Scope } from '../../shared/scope/schema';
import { callOk, cutOff, openSession, type Session } from './session';

let s: Session;
let id = '';
let scope: Scope;

const SIZES = [
  { width: 1024, height: 640 },
  { width: 1366, height: 768 },
] as const;

const post = <T>(channel: string, input: unknown): Promise<T> => callOk<T>(s, channel, input);

/** Everything a person could read: the page's text, the values in its fields, the title. */
async function screenText(): Promise<string> {
  return s.page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea, select')].map((el) => (el as HTMLInputElement).value);
    return `${document.body.innerText}\n${values.join('\n')}\n${document.title}`;
  });
}

/** Nothing internal on screen: no path, no day rate, no role, no three-point days, no Settings. */
async function expectClientView(screen: string): Promise<void> {
  const text = await screenText();
  for (const path of [s.serve.databasePath, dirname(s.serve.databasePath)]) expect(text, `${screen}: a path`).not.toContain(path);
  expect(text, `${screen}: a path`).not.toMatch(/scopewise\.db|backups\//);
  for (const rate of scope.rates) {
    expect(text, `${screen}: the day rate of ${rate.name}`).not.toContain(formatMoney(rate.dayRate, scope.currency, 'en-US'));
    expect(text, `${screen}: the role ${rate.name}`).not.toContain(rate.name === 'Developer' ? 'Developer:' : rate.name);
  }
  expect(text, screen).not.toMatch(/day rate|Likely days|Low days|High days|\d \/ [\d.]+ \/ [\d.]+ days/i);
  expect(await s.page.locator('[data-col="low"], [data-col="likely"], [data-col="high"], [data-col="role"]').count(), screen).toBe(0);
  expect(await s.page.getByRole('button', { name: 'Settings', exact: true }).count(), screen).toBe(0);
  expect(await cutOff(s), screen).toEqual([]);
  const violations = await s.audit();
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

const editor = (tab: string) => `${s.serve.url.replace(/#.*$/, '')}#/assessment/${id}/${tab}`;

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1366, height: 768 } });
  await s.open();
  ({ id } = await post<{ id: string }>('assessments.create', {
    fields: {
      clientName: 'Harbour Logistics',
      projectTitle: 'Parcel tracking',
      notes: 'Keep the margin quiet',
      requirements: { projectKind: 'ecommerce', adminPanel: true, auth: 'roles', integrations: ['SAP'], personalData: true },
    },
  }));
  const drafted = await post<{ scope: Scope }>('scope.draft', { id });
  // Three options, the items spread over them, one add-on and one item for later: everything the client view shows.
  const items = drafted.scope.items.map((item, i) => ({
    ...item,
    tier: (i % 3) + 1,
    ...(i === 1 ? { optional: true } : {}),
    ...(i === 2 ? { deferred: true } : {}),
  }));
  scope = { ...drafted.scope, tiers: ['Essential', 'Standard', 'Complete'], items };
  await post('assessments.update', { id, fields: { scope } });
  // A second revision, so the revisions screen compares: the first sent to the client, then the scope grew.
  await post('proposal.export', { id });
  const grown = {
    ...scope,
    items: [
      { ...scope.items[0]!, likely: scope.items[0]!.likely + 3, high: scope.items[0]!.high + 6 },
      ...scope.items.slice(1),
      { id: 'returns', title: 'Returns portal', phase: 'Build', role: 'developer', low: 4, likely: 6, high: 10 },
    ],
  };
  await post('assessments.update', { id, fields: { projectTitle: 'Parcel tracking and returns', scope: grown } });
}, 240_000);

afterAll(async () => {
  await s?.stop();
});

describe('presentation mode is the client view', () => {
  for (const size of SIZES) {
    test(`every screen at ${size.width}×${size.height} shows no path, rate, role or three-point day, and nothing is cut`, async () => {
      await s.page.setViewportSize(size);
      await s.page.evaluate(() => localStorage.setItem('scopewise.presentation', 'on'));
      await s.open();
      const screens: [string, () => Promise<void>][] = [
        [
          'workshop',
          async () => {
            await s.page.goto(editor('questions'));
            await s.page.getByTestId('recommended').waitFor();
          },
        ],
        [
          'scope',
          async () => {
            await s.page.goto(editor('scope'));
            await s.page.getByTestId('scope-client-view').waitFor();
            // The options, their prices and the items are there; the grid is not.
            expect(await s.page.getByTestId('client-tier-total').count()).toBe(3);
            expect(await s.page.getByTestId('client-item').count()).toBeGreaterThan(0);
            expect(await s.page.getByTestId('scope-row').count()).toBe(0);
          },
        ],
        [
          'proposal',
          async () => {
            await s.page.goto(editor('proposal'));
            await s.page.locator('[data-testid="pdf-preview"] canvas').first().waitFor({ timeout: 20_000 });
          },
        ],
        [
          'revisions',
          async () => {
            await s.page.goto(editor('revisions'));
            await s.page.getByTestId('revision-compare').waitFor();
            // What changed in the deal, without the internal days.
            await s.page.getByTestId('scope-changes').getByText('Returns portal').waitFor();
            expect(await s.page.getByTestId('scope-changes').locator('[data-change="reestimated"]').count()).toBe(1);
          },
        ],
        [
          'list',
          async () => {
            await s.page.getByRole('link', { name: 'Assessments', exact: true }).click();
            await s.page.getByTestId('presented').waitFor();
          },
        ],
        [
          'settings by its shortcut',
          async () => {
            await s.page.keyboard.press('Control+,');
            await expect.poll(async () => (await s.page.getByRole('status').textContent()) ?? '').toBe('Settings are hidden while presenting.');
            expect(await s.page.getByRole('heading', { name: 'Settings' }).count()).toBe(0);
          },
        ],
        [
          'settings by its address',
          async () => {
            await s.page.goto(`${s.serve.url.replace(/#.*$/, '')}#/settings`);
            await s.page.getByTestId('presentation-note').waitFor();
            expect(await s.page.getByRole('heading', { name: 'Settings' }).count()).toBe(0);
          },
        ],
        [
          'trash',
          async () => {
            await s.page.goto(`${s.serve.url.replace(/#.*$/, '')}#/trash`);
            await s.page.getByRole('heading', { name: 'Presentation' }).waitFor();
          },
        ],
      ];
      for (const [name, visit] of screens) {
        await visit();
        await expectClientView(`${name} at ${size.width}×${size.height}`);
        await s.screenshot(`client-view-${name.replaceAll(' ', '-')}-${size.width}x${size.height}`);
      }
    }, 180_000);
  }

  test('out of presentation, the revisions show which was sent with its number, and the scope’s changes with their days', async () => {
    await s.page.setViewportSize({ width: 1366, height: 768 });
    await s.page.evaluate(() => localStorage.removeItem('scopewise.presentation'));
    await s.open();
    await s.page.goto(editor('revisions'));
    const changes = s.page.getByTestId('scope-changes');
    await changes.getByText('Returns portal').waitFor();
    expect(await changes.locator('[data-change="added"]').textContent()).toContain('4 / 6 / 10 days');
    expect(await changes.locator('[data-change="reestimated"]').textContent()).toMatch(/→/);
    expect(await changes.getByTestId('scope-total-change').textContent()).toMatch(/^Total £[\d,.]+ → £[\d,.]+ \(\+£[\d,.]+\)$/);
    const sent = await s.page.getByTestId('revision-sent').allTextContents();
    // Newest first: revision 2 was not sent, revision 1 was, under the assessment's proposal number.
    expect(sent.map((t) => t.trim())).toEqual(['', expect.stringMatching(/^Sent · SW-\d{4}-\d{4}$/)]);
    await s.screenshot('revisions-deal-1366x768');
    const violations = await s.audit();
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  test('the status line clears when another assessment opens: no other client’s name stays on it', async () => {
    const other = await post<{ id: string }>('assessments.create', { fields: { clientName: 'Quiet Other Client', projectTitle: 'Depot' } });
    await s.page.setViewportSize({ width: 1366, height: 768 });
    await s.page.evaluate(() => localStorage.removeItem('scopewise.presentation'));
    await s.open();
    await s.page.goto(editor('questions'));
    await s.page.getByTestId('recommended').waitFor();
    await s.page.getByRole('button', { name: 'Export PDF' }).click();
    const confirm = s.page.getByRole('button', { name: 'Yes, export with this branding' });
    const status = async () => (await s.page.getByRole('status').textContent()) ?? '';
    await expect.poll(async () => (await confirm.isVisible()) || /^Exported/.test(await status()), { timeout: 20_000 }).toBe(true);
    if (await confirm.isVisible()) await confirm.click();
    await expect.poll(status, { timeout: 20_000 }).toContain('Harbour Logistics');
    await s.page.goto(`${s.serve.url.replace(/#.*$/, '')}#/assessment/${other.id}`);
    await s.page.getByTestId('recommended').waitFor();
    expect(await status()).not.toContain('Harbour Logistics');
  });

  test('leaving presentation mode: the status line says so, and Settings and the grid are back', async () => {
    await s.page.setViewportSize({ width: 1366, height: 768 });
    await s.page.evaluate(() => localStorage.removeItem('scopewise.presentation'));
    await s.open();
    await s.page.goto(editor('scope'));
    await s.page.getByTestId('scope-row').first().waitFor();
    const status = () => s.page.getByRole('status').textContent();
    await s.page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect.poll(status).toMatch(/^Presentation mode: .*hidden/);
    await s.page.getByTestId('scope-client-view').waitFor();
    await s.page.getByRole('button', { name: 'Presentation mode' }).click();
    await s.page.getByTestId('leave-presentation').click();
    await expect.poll(status).not.toMatch(/hidden/);
    await s.page.getByTestId('scope-row').first().waitFor();
    await s.page.getByRole('button', { name: 'Settings', exact: true }).click();
    await s.page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(s.errors).toEqual([]);
  });
});
