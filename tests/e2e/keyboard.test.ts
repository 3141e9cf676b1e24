// The whole workshop by keyboard alone, in Chromium through `scopewise serve`: no click, no fill, only key presses,
// as a consultant typing while the client talks.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { recommend } from '../../shared/engine';
import { pdfText } from './pdf-text';
import { foreignRequests, openSession, type Session } from './session';

let s: Session;
beforeAll(async () => {
  s = await openSession();
  await s.open();
}, 240_000);
afterAll(async () => {
  await s?.stop();
});

const key = (k: string): Promise<void> => s.page.keyboard.press(k);
const typeText = (text: string): Promise<void> => s.page.keyboard.type(text);
const status = async (): Promise<string> => (await s.page.getByRole('status').textContent()) ?? '';

/** What has focus, as a user would name it: its label, its aria-label, or its text. */
function focused(): Promise<string> {
  return s.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (el === null || el === document.body) return '';
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
    const field = el.closest('[data-field]')?.getAttribute('data-field');
    return [field ? `[${field}]` : '', el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? ''].join(' ').trim().replace(/\s+/g, ' ');
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `max` presses. */
async function tabTo(name: string | RegExp, options: { back?: boolean; max?: number } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 80); i++) {
    await key(options.back === true ? 'Shift+Tab' : 'Tab');
    const now = await focused();
    seen.push(now);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
  }
  throw new Error(`Tab never reached ${String(name)}; focus went through:\n${seen.join('\n')}`);
}

describe('the whole workshop by keyboard alone', () => {
  test('Ctrl+N starts an assessment with the cursor in Client name; Tab moves through the fields', async () => {
    await key('Control+n');
    await expect.poll(focused).toBe('Client name');
    await typeText('Østerberg Logistik');
    // The client's own details first: the proposal's language and the person who will read and sign it.
    for (const field of ['Proposal language', 'Contact person', 'Contact role', 'Contact e-mail', 'Project title']) {
      await key('Tab');
      expect(await focused()).toBe(field);
    }
    await typeText('Fleet tracking API');
  });

  test('number keys answer each question and Tab moves to the next; the panel follows', async () => {
    // Product: API service (6), no UI (3), no back office (2), no machine learning (1).
    await tabTo(/^\[projectKind\]/);
    await key('6');
    await key('Tab');
    await key('3');
    await key('Tab');
    await key('2');
    await key('Tab');
    await key('1');
    // Data and access: login only (2), a few simple tables (2), no audited data (2).
    await key('Tab');
    await key('2');
    await key('Tab');
    await key('2');
    await key('Tab');
    await key('2');
    // Team: size 5, senior (3), stable (1), none in use (1).
    await key('Tab');
    expect(await focused()).toBe('[teamSize] How many developers will work on it?');
    await typeText('5');
    await key('Tab');
    await key('3');
    await key('Tab');
    await key('1');
    await key('Tab');
    await key('1');
    // Delivery and runtime: years (4), microservices (2), many concurrent I/O calls (2), API docs yes (1).
    await key('Tab');
    await key('4');
    await key('Tab');
    await key('2');
    await key('Tab');
    await key('2');
    await key('Tab');
    await key('1');

    const answers = {
      projectKind: 'api-service',
      userInterface: 'none',
      adminPanel: false,
      mlWork: 'none',
      auth: 'basic',
      dataModel: 'simple',
      regulatedData: false,
      teamSize: 5,
      teamExperience: 'senior',
      teamTurnover: 'low',
      existingFramework: 'none',
      lifetime: 'years',
      architecture: 'microservices',
      concurrency: 'high-async',
      apiDocs: true,
    } as const;
    for (const [field, value] of Object.entries(answers)) {
      if (typeof value === 'number') expect(await s.page.locator(`[data-field="${field}"]`).inputValue(), field).toBe(String(value));
      else expect(await s.page.locator(`[data-field="${field}"] input[value="${String(value)}"]`).isChecked(), field).toBe(true);
    }
    await expect.poll(() => s.page.getByTestId('recommended').getAttribute('data-framework')).toBe(recommend(answers).recommended);

    // 0 clears an answer; the number key puts it back.
    await key('0');
    expect(await s.page.locator('[data-field="apiDocs"] input:checked').count()).toBe(0);
    await key('1');
    expect(await s.page.locator('[data-field="apiDocs"] input[value="true"]').isChecked()).toBe(true);

    await tabTo('Internal notes');
    await typeText('Pilot with 40 trucks in March.');
    await expect.poll(() => s.page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
    await s.screenshot('keyboard-editor');
  });

  test('Ctrl+E exports the PDF and the status line gives its path', async () => {
    await key('Control+e');
    // The first export asks to confirm the branding; the dialog takes focus on its first button, Enter confirms.
    await expect.poll(focused, { timeout: 20_000 }).toBe('Yes, export with this branding');
    await key('Enter');
    await expect.poll(status, { timeout: 20_000 }).toMatch(/^Exported to .+\.pdf$/);
    const path = /^Exported to (.+\.pdf)$/.exec(await status())![1]!;
    const text = await pdfText(path);
    expect(text).toContain('Østerberg Logistik');
    expect(text).toContain('FastAPI');
  });

  test('Ctrl+F finds it from the list; arrow keys and Enter open it', async () => {
    await key('Control+f');
    await expect.poll(focused).toBe('Search assessments');
    await typeText('Østerberg');
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(1);
    await key('ArrowDown');
    expect(await focused()).toContain('Østerberg Logistik');
    await key('Enter');
    await expect.poll(() => s.page.url()).toMatch(/#\/assessment\//);
    await expect.poll(focused).toBe('Østerberg Logistik — Fleet tracking API');
  });

  test('the views of an assessment are reached with Tab and Enter', async () => {
    await tabTo('Proposal');
    await key('Enter');
    await expect.poll(async () => Number(await s.page.getByTestId('pdf-preview').getAttribute('data-pages')), { timeout: 20_000 }).toBeGreaterThan(0);
    await tabTo('Revisions', { max: 3 });
    await key('Enter');
    await s.page.getByRole('heading', { name: 'Revisions' }).waitFor();
  });

  test('presentation mode toggles from the keyboard', async () => {
    await tabTo('Presentation mode', { back: true });
    await key('Enter');
    expect(await s.page.getByRole('button', { name: 'Presentation mode' }).getAttribute('aria-pressed')).toBe('true');
    // Leaving takes a second, deliberate step: a dialog whose first button stays.
    await key('Space');
    expect(await focused()).toBe('Stay in presentation');
    await key('Enter');
    expect(await s.page.getByRole('button', { name: 'Presentation mode' }).getAttribute('aria-pressed')).toBe('true');
    await key('Space');
    await key('Tab');
    expect(await focused()).toBe('Leave presentation');
    await key('Enter');
    expect(await s.page.getByRole('button', { name: 'Presentation mode' }).getAttribute('aria-pressed')).toBe('false');
  });

  test('Ctrl+, opens Settings and the branding is edited by keyboard', async () => {
    await key('Control+Comma');
    await expect.poll(() => s.page.url()).toMatch(/#\/settings$/);
    await tabTo('Company name');
    await key('Control+a');
    await typeText('Nordlys Advisory');
    await tabTo('Email');
    await key('Control+a');
    await typeText('post@nordlys.example');
    await expect.poll(status).toBe('Settings saved');
  });

  test('Delete in the list moves the focused assessment to the trash; the Trash screen restores it', async () => {
    await key('Control+f');
    await key('Control+a');
    await key('Backspace');
    await expect.poll(() => s.page.getByTestId('assessment-row').count()).toBe(1);
    await key('ArrowDown');
    await key('Delete');
    await expect.poll(status).toContain('to the trash');
    await expect.poll(() => s.page.getByText('No assessments yet').isVisible()).toBe(true);
    await tabTo('Trash');
    await key('Enter');
    await tabTo(/^Restore Østerberg Logistik/);
    await key('Enter');
    await expect.poll(status).toContain('Restored');
  });

  test("the native menu's commands (scopewise:command events) do what their shortcuts do", async () => {
    const command = (name: string): Promise<void> =>
      s.page.evaluate((detail) => void window.dispatchEvent(new CustomEvent('scopewise:command', { detail })), name);
    await command('settings');
    await expect.poll(() => s.page.url()).toMatch(/#\/settings$/);
    await command('find');
    await expect.poll(focused).toBe('Search assessments');
    await command('export-pdf');
    await expect.poll(status).toBe('Open an assessment to export its proposal.');
    await command('new-assessment');
    await expect.poll(focused).toBe('Client name');
  });

  test('nothing left 127.0.0.1 and the page threw nothing', () => {
    expect(foreignRequests(s.requests, s.serve.origin)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
