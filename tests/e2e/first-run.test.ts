// The first run through `scopewise serve` in Chromium: a new database carries no company's details, the list greets the
// consultant with a short prompt for the consultancy's name, contact details and logo, which saves them to Settings
// (an empty name refused by name, nothing saved) or is skipped; answered or skipped, it does not come back, and it
// never shows while presenting.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { DEFAULT_BRANDING } from '../../shared/branding';
import { callApi, openSession, type Session } from './session';

let s: Session;

const prompt = () => s.page.getByTestId('first-run');
const branding = async () => (await callApi<{ branding: typeof DEFAULT_BRANDING }>(s, 'settings.get', {})).value.branding;

/** Back to a database nobody has set up, on a machine that never answered the prompt. */
async function freshStart(): Promise<void> {
  await callApi(s, 'settings.update', { branding: { ...DEFAULT_BRANDING }, proposal: { brandingConfirmed: false } });
  await s.page.evaluate(() => {
    localStorage.removeItem('scopewise.first-run');
    localStorage.removeItem('scopewise.presentation');
  });
  await s.open();
}

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1366, height: 768 } });
  await s.open();
}, 240_000);

afterAll(async () => {
  await s?.stop();
});

describe('the first run', () => {
  test('a new database has no company details; the prompt saves the consultancy’s own, and does not come back', async () => {
    expect(await branding()).toMatchObject({ companyName: '', email: '', phone: '', website: '', address: '' });
    await freshStart();
    await prompt().waitFor();
    const violations = await s.audit();
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await s.screenshot('first-run-1366x768');

    // No name: refused by name, nothing saved.
    await prompt().getByLabel('Company name').fill('   ');
    await prompt().getByRole('button', { name: 'Save these details' }).click();
    await expect.poll(() => prompt().getByRole('alert').textContent()).toMatch(/^Company name cannot be empty/);
    expect((await branding()).companyName).toBe('');

    await prompt().getByLabel('Company name').fill('Fjordline Consulting');
    await prompt().getByLabel('Email').fill('hello@fjordline.example');
    await prompt().getByLabel('Phone').fill('+47 22 00 00 00');
    await prompt().getByRole('button', { name: 'Save these details' }).click();
    await expect.poll(() => prompt().count()).toBe(0);
    expect(await branding()).toMatchObject({ companyName: 'Fjordline Consulting', email: 'hello@fjordline.example', phone: '+47 22 00 00 00' });
    const settings = await callApi<{ proposal: { brandingConfirmed: boolean } }>(s, 'settings.get', {});
    expect(settings.value.proposal.brandingConfirmed).toBe(true);
    await s.page.reload();
    await s.page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    expect(await prompt().count()).toBe(0);
  });

  test('skipped, it stays away and nothing is saved; while presenting it never shows', async () => {
    await freshStart();
    await prompt().getByRole('button', { name: 'Skip for now' }).click();
    await expect.poll(() => prompt().count()).toBe(0);
    await s.page.reload();
    await s.page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    expect(await prompt().count()).toBe(0);
    expect((await branding()).companyName).toBe('');

    await freshStart();
    await prompt().waitFor();
    await s.page.evaluate(() => localStorage.setItem('scopewise.presentation', 'on'));
    await s.page.reload();
    await s.page.getByRole('heading', { name: 'Presentation' }).waitFor();
    expect(await prompt().count()).toBe(0);
    expect(s.errors).toEqual([]);
  });
});
