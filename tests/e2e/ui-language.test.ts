// The app in the consultant's language, through `scopewise serve` in Chromium: Settings switches the screens to Deutsch
// at once (no reload), the editor, Settings and the scope view then show no English word of their own (the rate card's
// default roles and a row added by hand included), a refused value and the scope grid's problem are told in German,
// the choice survives a reload, and switching back to English restores the English screens.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { CONTEXT_QUESTIONS, FRAMEWORK_NAMES, QUESTION_SECTIONS, QUESTIONS, recommend } from '../../shared/engine';
import { defaultRateCard } from '../../shared/scope/schema';
import { callApi, cutOff, openSession, type Session } from './session';

let s: Session;
let id = '';

/** English words the app's own German texts never contain (German shares "Status", "Team", "Workshop", "Phase"...). */
const ENGLISH_WORDS = new Set(
  (
    'the and of to with your you is are for from this that not yet all on by or none new add remove delete undo save saved settings ' +
    'assessment assessments scope proposal revision revisions client project language estimate answered questions recommendation ' +
    'trash backup backups loading cancel close show hide'
  ).split(' '),
);

/**
 * The engine's texts (question labels and help, answer labels, sections, the recommendation's sentences) are English
 * until the engine speaks German; they come through renderer/src/lib/engine-text.ts and are left out here, like the
 * framework names and what the test typed.
 */
function engineTexts(): string[] {
  const texts: string[] = [...QUESTION_SECTIONS, ...Object.values(FRAMEWORK_NAMES)];
  for (const q of [...QUESTIONS, ...CONTEXT_QUESTIONS]) {
    texts.push(q.label, q.help);
    if ('options' in q) texts.push(...q.options.map((o) => o.label));
  }
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(recommend({}));
  return texts.filter((text) => text.length > 0).sort((a, b) => b.length - a.length);
}

const TYPED = ['Bäckerei Vogel GmbH', 'Bestellportal'];
/** Sentences the scope's own module writes (shared/scope/compare.ts): the scope's domain, not the app's screens. */
const SCOPE_SENTENCES = '[data-testid="framework-delta"], [data-testid="framework-why"]';

/** The English words left on the screen once engine texts and data are taken out. */
async function englishOnScreen(): Promise<string[]> {
  const screen = await s.page.evaluate((skip) => {
    const skipped = [...document.querySelectorAll<HTMLElement>(skip)].map((element) => element.innerText);
    return { text: document.body.innerText, skipped };
  }, SCOPE_SENTENCES);
  let text = screen.text;
  for (const known of [...screen.skipped, ...engineTexts(), ...TYPED]) text = text.split(known).join(' ');
  const words = text.toLowerCase().match(/[a-zäöüß]+/g) ?? [];
  return [...new Set(words.filter((word) => ENGLISH_WORDS.has(word)))];
}

/** Moves within the app as its own links do (the page keeps the session's token). */
async function go(hash: string): Promise<void> {
  await s.page.evaluate((to) => {
    location.hash = to;
  }, hash);
}

async function chooseLanguage(name: string): Promise<void> {
  await go('#/settings');
  await s.page.locator('#ui-language').selectOption({ label: name });
}

beforeAll(async () => {
  s = await openSession({ viewport: { width: 1366, height: 900 } });
  await s.open();
  const created = await callApi<{ id: string }>(s, 'assessments.create', { fields: { clientName: TYPED[0], projectTitle: TYPED[1] } });
  id = created.value.id;
  // The first-run prompt and the export's branding check are not what this test is about.
  await callApi(s, 'settings.update', { proposal: { brandingConfirmed: true } });
}, 240_000);

afterAll(async () => {
  await s?.stop();
});

describe('the app in the consultant’s language', () => {
  test('Settings switches every main screen to German at once, with no English word of the app’s own left', async () => {
    await chooseLanguage('Deutsch');
    // At once, without a reload: the heading and the picker's own label change in place.
    await s.page.getByRole('heading', { name: 'Einstellungen', level: 1 }).waitFor();
    await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await s.page.locator('#ui-language option').allTextContents()).toEqual(['English', 'Deutsch']);
    expect(await englishOnScreen()).toEqual([]);
    const violations = await s.audit();
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);

    await go(`#/assessment/${id}`);
    await s.page.getByRole('link', { name: 'Workshop' }).waitFor();
    await s.page.getByRole('region', { name: 'Kunde und Projekt' }).waitFor();
    expect(await englishOnScreen()).toEqual([]);

    await s.page.getByRole('link', { name: 'Umfang & Schätzung' }).click();
    await s.page.getByRole('heading', { name: 'Noch kein Leistungsumfang' }).waitFor();
    expect(await englishOnScreen()).toEqual([]);
    await s.page.getByRole('button', { name: 'Mit leerem Leistungsumfang beginnen' }).click();
    await s.page.getByRole('button', { name: 'Arbeitspaket hinzufügen' }).click();
    // A row added by hand is the consultant's own, in the app's language; its roles are the German rate card's.
    await expect.poll(() => s.page.getByRole('textbox', { name: 'Arbeitspaket', exact: true }).inputValue()).toBe('Neues Arbeitspaket');
    expect(await s.page.getByRole('combobox', { name: 'Phase von Neues Arbeitspaket' }).inputValue()).toBe('Umsetzung');
    expect(await s.page.getByRole('combobox', { name: 'Rolle für Neues Arbeitspaket' }).locator('option').allTextContents()).toEqual(
      defaultRateCard('de').rates.map((rate) => rate.name),
    );
    expect(await englishOnScreen()).toEqual([]);

    await go('#/');
    await s.page.getByRole('heading', { name: 'Bewertungen', level: 1 }).waitFor();
    await expect.poll(() => s.page.getByText('1 Bewertung', { exact: true }).count()).toBe(1);
    expect(await englishOnScreen()).toEqual([]);
  }, 120_000);

  test('a value the window refuses, the scope grid’s problem and the server’s refusal are told in German, with none of the English sentence', async () => {
    const status = s.page.getByRole('status');
    // The scope grid: an emptied title is named by the item's place and the column, in German.
    await go(`#/assessment/${id}/scope`);
    const title = s.page.getByRole('textbox', { name: 'Arbeitspaket', exact: true });
    await title.fill('');
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toContain('Arbeitspaket 1: Der Titel darf nicht leer sein');
    expect(await status.innerText()).not.toMatch(/must not be empty|Work item/);
    await title.fill('Schnittstelle zur Warenwirtschaft');
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).not.toContain('Der Titel darf nicht leer sein');

    // Settings: a role without a name is refused by the rate card's schema (an AppError, worded by the window).
    await go('#/settings');
    const name = s.page.getByRole('textbox', { name: 'Name der Rolle 1' });
    expect(await name.inputValue()).toBe('Entwickler');
    await name.fill('');
    const alert = s.page.getByRole('alert').filter({ hasText: 'Name der Rolle 1' });
    await expect.poll(() => alert.innerText(), { timeout: 15_000 }).toBe('Name der Rolle 1 darf nicht leer sein.');
    await expect.poll(() => status.innerText()).toContain('Tagessätze noch nicht gespeichert: Name der Rolle 1 darf nicht leer sein.');
    expect(await s.page.locator('body').innerText()).not.toMatch(/expected at least|rateCard\.rates/);
    await name.fill('Entwickler');
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toContain('Tagessätze gespeichert');

    // The server refuses: the assessment was put in the trash elsewhere (another window, the CLI) while this one shows
    // it. The answer crosses as { code, message, why }, and the window says it in German.
    await go(`#/assessment/${id}/proposal`);
    await s.page.getByRole('button', { name: 'Als versendet markieren' }).waitFor();
    await callApi(s, 'assessments.delete', { id });
    try {
      await s.page.getByRole('button', { name: 'Als versendet markieren' }).click();
      await expect.poll(() => status.innerText(), { timeout: 15_000 }).toBe('Diese Bewertung liegt im Papierkorb; stellen Sie sie zuerst wieder her.');
    } finally {
      await callApi(s, 'assessments.restore', { id });
    }
  }, 120_000);

  test('in German on a 1024×640 projector, the editor, the scope view and Settings cut nothing the English screens do not', async () => {
    await s.page.setViewportSize({ width: 1024, height: 640 });
    const screens = [
      ['editor', `#/assessment/${id}`, '#field-clientName'],
      ['scope', `#/assessment/${id}/scope`, '#scope-add'],
      ['settings', '#/settings', '#ui-language'],
    ] as const;
    /** What is cut on each screen, by element (the sizes differ with the words, the elements must not). */
    const cutPerScreen = async (language: string): Promise<Record<string, string[]>> => {
      const found: Record<string, string[]> = {};
      for (const [name, hash, ready] of screens) {
        await go(hash);
        await s.page.locator(ready).waitFor();
        await s.screenshot(`ui-language-${language}-${name}-1024x640`);
        found[name] = (await cutOff(s)).map((cut) => cut.replace(/: \d+ > \d+$/, ''));
      }
      return found;
    };
    // Each pass with the proposal in the same language, so the scope view shows the payment stages' default names in
    // it: German's are phrases ("Bei Lieferung der Betaversion") where English has two words.
    const inLanguage = async (ui: string, proposalLanguage: 'en' | 'de'): Promise<void> => {
      await chooseLanguage(ui);
      await go(`#/assessment/${id}`);
      await s.page.locator('#field-proposalLanguage').selectOption(proposalLanguage);
    };
    try {
      await inLanguage('English', 'en');
      const english = await cutPerScreen('en');
      await inLanguage('Deutsch', 'de');
      const german = await cutPerScreen('de');
      await go(`#/assessment/${id}/scope`);
      await expect.poll(() => s.page.getByRole('textbox', { name: 'Bezeichnung der Rate 2' }).inputValue()).toBe('Bei Lieferung der Betaversion');
      expect(german).toEqual(english);
    } finally {
      await go(`#/assessment/${id}`);
      await s.page.locator('#field-proposalLanguage').selectOption('en');
      await s.page.setViewportSize({ width: 1366, height: 900 });
    }
  }, 120_000);

  test('the choice survives a reload, and switching back to English restores the English screens', async () => {
    expect((await callApi<{ uiLanguage: string | null }>(s, 'settings.get', {})).value.uiLanguage).toBe('de');
    // A reload of the page, as a consultant reopens the app (session.open waits for an English button).
    await s.page.reload();
    await s.page.getByRole('button', { name: 'Neue Bewertung' }).waitFor();

    await chooseLanguage('English');
    await s.page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await go(`#/assessment/${id}`);
    await s.page.getByRole('region', { name: 'Client and project' }).waitFor();
    expect(await s.page.getByRole('link', { name: 'Scope & estimate' }).count()).toBe(1);
    await s.open();
    await s.page.getByRole('heading', { name: 'Assessments', level: 1 }).waitFor();
    expect((await callApi<{ uiLanguage: string | null }>(s, 'settings.get', {})).value.uiLanguage).toBe('en');
  }, 120_000);
});
