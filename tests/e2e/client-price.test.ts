// The price the client sees while presenting is the price the client edition prints: the scope's quoted figure (here
// the P80) rounded to the settings' step, written in the proposal's locale. The screen's figures are read in Chromium
// and looked up in the exported PDF's text (poppler's pdftotext), through `scopewise serve`.
/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { Scope } from '../../shared/scope/schema';
import { callOk, openSession, type Session } from './session';

let s: Session;
let id = '';

const post = <T>(channel: string, input: unknown): Promise<T> => callOk<T>(s, channel, input);

/** Spaces of any width (a locale's narrow no-break space among them) as one plain space, as the two sides compare. */
const plain = (text: string): string => text.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1366, height: 768 } });
  await s.open();
  ({ id } = await post<{ id: string }>('assessments.create', {
    fields: {
      clientName: 'Harbour Logistics',
      projectTitle: 'Parcel tracking',
      // A German client: the proposal, and so the presented figures, are written in German conventions (de-DE below).
      proposalLanguage: 'de',
      requirements: { projectKind: 'ecommerce', adminPanel: true, auth: 'roles', integrations: ['SAP'], personalData: true },
    },
  }));
  const drafted = await post<{ scope: Scope }>('scope.draft', { id });
  // Three options and one add-on, quoted at P80 in euros; the proposal rounds to 1,000 and writes German numbers.
  const items = drafted.scope.items.map((item, i) => ({ ...item, tier: (i % 3) + 1, ...(i === 1 ? { optional: true } : {}) }));
  const scope: Scope = { ...drafted.scope, currency: 'EUR', quote: 'p80', tiers: ['Essential', 'Standard', 'Complete'], items };
  await post('assessments.update', { id, fields: { scope } });
  await post('settings.update', { proposal: { priceRounding: '1000', locale: 'de-DE' } });
}, 240_000);

afterAll(async () => {
  await s?.stop();
});

describe('the presented Scope view and the client edition', () => {
  test('show the same quoted, rounded price for every option and add-on, and the same effort and duration', async () => {
    await s.page.evaluate(() => localStorage.setItem('scopewise.presentation', 'on'));
    await s.open();
    await s.page.goto(`${s.serve.url.replace(/#.*$/, '')}#/assessment/${id}/scope`);
    await s.page.getByTestId('scope-client-view').waitFor();
    const cells = s.page.getByTestId('client-tier-total');
    await expect.poll(() => cells.count()).toBe(3);
    // The settings arrive with the page: wait until the figures are the rounded ones.
    await expect.poll(async () => (await cells.evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-minor')) % 100_000))).join(',')).toBe('0,0,0');
    const shown = (await cells.allTextContents()).map(plain);
    const addOns = (await s.page.getByTestId('addon').locator('span:nth-of-type(2)').allTextContents()).map(plain);
    expect(addOns.length).toBeGreaterThan(0);

    const exported = await post<{ path: string }>('proposal.export', { id });
    const pdf = plain(execFileSync('pdftotext', ['-layout', exported.path, '-'], { encoding: 'utf8' }));
    for (const figure of [...shown, ...addOns]) {
      expect(figure).toMatch(/^[\d.]+,00 €$/u);
      expect(pdf, figure).toContain(figure);
    }
    // The Investment row of the options table carries the three figures in order.
    expect(pdf).toContain(shown.join(' '));
    // Effort and duration are written as the PDF writes them too (said roughly: at most a tenth, its locale); the unit's
    // word is the app's language on screen and the client's in the German PDF, so the figures are compared, in order.
    const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const row of ['Effort', 'Duration']) {
      const cells = await s.page
        .getByTestId('client-options')
        .getByRole('row', { name: new RegExp(`^${row}`, 'u') })
        .locator('td')
        .allTextContents();
      expect(cells.length, row).toBe(3);
      const figures = cells.map((cell) => plain(cell).replace(/[^\d.,]/gu, ''));
      for (const figure of figures) expect(figure, row).toMatch(/^\d[\d.]*(,\d)?$/u);
      expect(pdf, row).toMatch(new RegExp(figures.map(escape).join('\\D+'), 'u'));
    }

    // At the projector's smallest size the German figures still fit their columns.
    await s.page.setViewportSize({ width: 1024, height: 640 });
    const cut = await s.page
      .getByTestId('client-options')
      .evaluate((table) => [...table.querySelectorAll('th, td')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent));
    expect(cut).toEqual([]);
  }, 120_000);

  test('follow the proposal language: an English proposal under a German locale setting shows English figures, as its PDF does', async () => {
    await post('assessments.update', { id, fields: { proposalLanguage: 'en' } });
    await s.page.evaluate(() => localStorage.setItem('scopewise.presentation', 'on'));
    await s.open();
    await s.page.goto(`${s.serve.url.replace(/#.*$/, '')}#/assessment/${id}/scope`);
    await s.page.getByTestId('scope-client-view').waitFor();
    const cells = s.page.getByTestId('client-tier-total');
    await expect.poll(() => cells.count()).toBe(3);
    await expect.poll(async () => (await cells.allTextContents()).map(plain).join(' | ')).toMatch(/^€[\d,]+\.00 \| €[\d,]+\.00 \| €[\d,]+\.00$/u);
    const shown = (await cells.allTextContents()).map(plain);
    const exported = await post<{ path: string }>('proposal.export', { id });
    const pdf = plain(execFileSync('pdftotext', ['-layout', exported.path, '-'], { encoding: 'utf8' }));
    expect(pdf).toContain(`Investment ${shown.join(' ')}`);
  }, 120_000);
});
