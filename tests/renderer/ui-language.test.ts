// @vitest-environment jsdom
// The app's language: the Settings picker names each language in its own words, switches the open editor to German at
// once (no English word of the app's own left) and back, keeps the screens as they were when the settings refuse the
// choice, and before any choice follows the system's language.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const state = {
    saved: null as null | Record<string, unknown>,
    languages: [] as string[],
    refuse: false,
  };
  const api = {
    'team.conflict': async () => ({ ok: true, value: null }),
    'assessments.get': async ({ id }: { id: string }) => ({ ok: true, value: { ...state.saved, id } }),
    'settings.update': async ({ uiLanguage }: { uiLanguage: string }) => {
      if (state.refuse) return { ok: false, error: { code: 'io', message: 'The disk is full; nothing was saved.' } };
      state.languages.push(uiLanguage);
      return { ok: true, value: { uiLanguage } };
    },
  };
  return { state, api };
});
vi.mock('../../renderer/src/lib/api', () => import('./fake-api'));

import { flushSync } from 'svelte';

import AssessmentEditor from '../../renderer/src/components/AssessmentEditor.svelte';
import LanguageSettings from '../../renderer/src/components/LanguageSettings.svelte';
import StatusBar from '../../renderer/src/components/StatusBar.svelte';
import { draft } from '../../renderer/src/lib/draft.svelte';
import { applyUiLanguage, uiLanguage } from '../../renderer/src/lib/i18n.svelte';
import { settings } from '../../renderer/src/lib/settings.svelte';
import { CONTEXT_QUESTIONS, FRAMEWORK_NAMES, QUESTION_SECTIONS, QUESTIONS, recommend } from '../../shared/engine';
import { uiLanguageFromSystem } from '../../shared/i18n/language';
import { useFakeApi } from './fake-api';
import { type Mounted, one, show } from './mount';

useFakeApi(fake.api);

const ID = '6f0d6c1e-3c4b-4c1a-9d55-0d5b3b1f2a10';
const ENGLISH_WORDS = new Set(
  'the and of to with your you is are for from this that not yet all on by or none new add remove delete undo save saved settings assessment scope proposal revisions client project language estimate answered questions recommendation export'.split(
    ' ',
  ),
);

/** What the engine writes (English until it speaks German) and what the consultant typed: not the app's own words. */
function withoutEngineAndData(text: string): string {
  const known: string[] = [...QUESTION_SECTIONS, ...Object.values(FRAMEWORK_NAMES), 'Bäckerei Vogel GmbH', 'Bestellportal', 'Dana'];
  for (const q of [...QUESTIONS, ...CONTEXT_QUESTIONS]) {
    known.push(q.label, q.help);
    if ('options' in q) known.push(...q.options.map((o) => o.label));
  }
  const collect = (value: unknown): void => {
    if (typeof value === 'string') known.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(recommend({}));
  for (const k of known.filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) text = text.split(k).join(' ');
  return text;
}

function englishWords(root: HTMLElement): string[] {
  const text = withoutEngineAndData(
    `${root.textContent ?? ''} ${[...root.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ')}`,
  );
  return [...new Set((text.toLowerCase().match(/[a-zäöüß]+/g) ?? []).filter((word) => ENGLISH_WORDS.has(word)))];
}

let mounted: Mounted[] = [];
const picker = (): HTMLSelectElement => one<HTMLSelectElement>(document.body, '#ui-language');

async function choose(language: string): Promise<void> {
  picker().value = language;
  picker().dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(uiLanguage.current).toBe(language));
  flushSync();
}

beforeEach(async () => {
  fake.state.saved = {
    clientName: 'Bäckerei Vogel GmbH',
    projectTitle: 'Bestellportal',
    consultant: 'Dana',
    status: 'draft',
    requirements: {},
    notes: '',
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    clientId: null,
    recommendation: recommend({}),
    revision: 1,
    deletedAt: null,
  };
  fake.state.languages = [];
  fake.state.refuse = false;
  applyUiLanguage('en');
  settings.uiLanguage = null;
  draft.close();
  mounted = [show(StatusBar, {}), show(LanguageSettings, {}), show(AssessmentEditor, { id: ID, tab: 'questions' })];
  await vi.waitFor(() => one(document.body, '[data-testid="recommended"]'));
});
afterEach(() => {
  for (const m of mounted) m.destroy();
  applyUiLanguage('en');
});

describe('the app in the consultant’s language', () => {
  test('the picker names each language in its own words', () => {
    expect([...picker().options].map((o) => [o.value, o.textContent])).toEqual([
      ['en', 'English'],
      ['de', 'Deutsch'],
    ]);
  });

  test('choosing Deutsch switches the open editor at once and keeps the choice; English restores it', async () => {
    const editor = mounted[2]!.target;
    expect(editor.textContent).toContain('Scope & estimate');
    await choose('de');
    expect(fake.state.languages).toEqual(['de']);
    expect(document.documentElement.lang).toBe('de');
    expect(editor.textContent).toContain('Umfang & Schätzung');
    expect(editor.textContent).toContain('PDF exportieren');
    expect(one(document.body, '[role="status"]').textContent).toContain('Einstellungen gespeichert');
    expect(englishWords(editor)).toEqual([]);

    await choose('en');
    expect(fake.state.languages).toEqual(['de', 'en']);
    expect(editor.textContent).toContain('Scope & estimate');
    expect(editor.textContent).not.toContain('Umfang');
  });

  test('a refused choice leaves the screens in their language and says why', async () => {
    fake.state.refuse = true;
    picker().value = 'de';
    picker().dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(one(document.body, '[role="status"]').textContent).toContain('The disk is full'));
    expect(uiLanguage.current).toBe('en');
    expect(mounted[2]!.target.textContent).toContain('Scope & estimate');
  });

  test('before any choice the app follows the system: German for a German system, English otherwise', () => {
    expect(uiLanguageFromSystem(['de-DE', 'en-US'])).toBe('de');
    expect(uiLanguageFromSystem(['de-AT'])).toBe('de');
    expect(uiLanguageFromSystem(['de'])).toBe('de');
    expect(uiLanguageFromSystem(['en-GB', 'de-DE'])).toBe('en');
    expect(uiLanguageFromSystem(['fr-FR'])).toBe('en');
    expect(uiLanguageFromSystem(['dea'])).toBe('en');
    expect(uiLanguageFromSystem([])).toBe('en');
  });
});
