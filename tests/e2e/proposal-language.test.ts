// The proposal's language in the editor, through `scopewise serve` in Chromium: a picker beside the client's name,
// reached by keyboard, naming each language in its own words; the choice is saved with the assessment and the proposal
// preview is written in it while the app stays in its own language.
/// <reference lib="dom" />
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { tempFolder } from '../db/temp';
import { pdfText } from './pdf-text';
import { callApi, openSession, type Session } from './session';

let s: Session;
beforeAll(async () => {
  s = await openSession();
}, 240_000);
afterAll(async () => {
  await s?.stop();
});

describe('the proposal language picker', () => {
  test('is reached from the client name by Tab, names the languages in their own words, and writes the preview in German', async () => {
    await s.open();
    const created = await callApi<{ id: string }>(s, 'assessments.create', {
      fields: { clientName: 'Müller Logistik GmbH', projectTitle: 'Kundenportal', requirements: { projectKind: 'saas' } },
    });
    expect(created.ok).toBe(true);
    const id = created.value.id;
    await s.page.goto(`${s.serve.url.replace(/#.*$/, '')}#/assessment/${id}`);
    await s.page.getByTestId('recommended').waitFor();

    await s.page.locator('#field-clientName').focus();
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('field-proposalLanguage');
    const picker = s.page.getByLabel('Proposal language');
    expect(await picker.locator('option').allTextContents()).toEqual(['English', 'Deutsch', 'Français', 'Español', 'Nederlands', 'ไทย']);
    expect(await picker.inputValue()).toBe('en');

    // Chromium changes a closed native select with the arrow keys, as a keyboard user would.
    await s.page.keyboard.press('ArrowDown');
    await expect.poll(() => picker.inputValue()).toBe('de');
    await expect
      .poll(async () => (await callApi<{ proposalLanguage?: string }>(s, 'assessments.get', { id })).value.proposalLanguage, { timeout: 10_000 })
      .toBe('de');
    // The app itself stays in English.
    expect(await s.page.getByText('Client name').count()).toBeGreaterThan(0);

    const preview = await callApi<{ pdfBase64: string }>(s, 'proposal.preview', { id });
    const pdfPath = join(tempFolder(), 'preview.pdf');
    writeFileSync(pdfPath, Buffer.from(preview.value.pdfBase64, 'base64'));
    const text = await pdfText(pdfPath);
    expect(text).toContain('Gültig bis');
    expect(text).toContain('Müller Logistik GmbH');
    expect(text).not.toContain('Valid until');

    // One preview in another language leaves the assessment's own as it is.
    const thai = await callApi<{ pdfBase64: string }>(s, 'proposal.preview', { id, language: 'th' });
    writeFileSync(pdfPath, Buffer.from(thai.value.pdfBase64, 'base64'));
    expect(await pdfText(pdfPath)).toContain('มีผลถึงวันที่');
    expect((await callApi<{ proposalLanguage?: string }>(s, 'assessments.get', { id })).value.proposalLanguage).toBe('de');

    const violations = await s.audit();
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});
