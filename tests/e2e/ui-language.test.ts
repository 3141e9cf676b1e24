// The app in the consultant's language, through `scopewise serve` in Chromium: Settings switches the screens to Deutsch
// at once (no reload), the editor, Settings and the scope view then show no English word of their own, the choice
// survives a reload, and switching back to English restores the English screens.
/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { NEW_ITEM_TITLE } from '../../renderer/src/lib/scope-grid';
import { CONTEXT_QUESTIONS, FRAMEWORK_NAMES, QUESTION_SECTIONS, QUESTIONS, recommend } from '../../shared/engine';
import { DEFAULT_RATE_CARD } from '../../shared/scope/schema';
import { callApi, openSession, type Session } from './session';

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
/** Data the database starts with, in the language it was written in: the sample rate card's role names. */
const DATA = [...DEFAULT_RATE_CARD.rates.map((rate) => rate.name), NEW_ITEM_TITLE];
/** Sentences the scope's own module writes (shared/scope/compare.ts): the scope's domain, not the app's screens. */
const SCOPE_SENTENCES = '[data-testid="framework-delta"], [data-testid="framework-why"]';

/** The English words left on the screen once engine texts and data are taken out. */
async function englishOnScreen(): Promise<string[]> {
  const screen = await s.page.evaluate((skip) => {
    const skipped = [...document.querySelectorAll<HTMLElement>(skip)].map((element) => element.innerText);
    return { text: document.body.innerText, skipped };
  }, SCOPE_SENTENCES);
  let text = screen.text;
  for (const known of [...screen.skipped, ...engineTexts(), ...TYPED, ...DATA]) text = text.split(known).join(' ');
  const words = text.toLowerCase().match(/[a-zäöüß]+/g) ?? [];
  return [...new Set(words.filter((word) => ENGLISH_WORDS.has(word)))];
}

/** Moves within the app as its own links do (the page keeps the session's token). */
async function go(hash: string): Promise<void> {
  await s.page.evaluate((to) => {
    location.hash = to;
  }, hash);
}

/** Elements whose content is wider than their box and clipped or scrolled sideways: a German word longer than its button. */
async function cutOff(): Promise<string[]> {
  return s.page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) out.push(`page: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.getClientRects().length === 0 || el.closest('dialog:not([open]), .visually-hidden') !== null) continue;
      if (getComputedStyle(el).overflowX === 'visible') continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });
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
    await s.page.getByRole('button', { name: 'Arbeitspaket hinzufügen' }).waitFor();
    expect(await englishOnScreen()).toEqual([]);

    await go('#/');
    await s.page.getByRole('heading', { name: 'Bewertungen', level: 1 }).waitFor();
    await expect.poll(() => s.page.getByText('1 Bewertung', { exact: true }).count()).toBe(1);
    expect(await englishOnScreen()).toEqual([]);
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
        found[name] = (await cutOff()).map((cut) => cut.replace(/: \d+ > \d+$/, ''));
      }
      return found;
    };
    try {
      await chooseLanguage('English');
      const english = await cutPerScreen('en');
      await chooseLanguage('Deutsch');
      expect(await cutPerScreen('de')).toEqual(english);
    } finally {
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
