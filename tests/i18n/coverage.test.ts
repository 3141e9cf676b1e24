// Every text exists in every language its domain promises (shared/i18n/language.ts): no message missing, none empty,
// none left in English by mistake of a copy, and each translation takes the same inputs as the English one. Paraglide
// falls back to English for a missing translation, which would put English into a German proposal unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { DOMAIN_LANGUAGES, PROPOSAL_LANGUAGES, UI_LANGUAGES } from '../../shared/i18n/language';

const MESSAGES = join(import.meta.dirname, '..', '..', 'messages');

type Messages = Record<string, unknown>;

function load(domain: string, language: string): Messages {
  const parsed = JSON.parse(readFileSync(join(MESSAGES, domain, `${language}.json`), 'utf8')) as Messages;
  delete parsed.$schema;
  return parsed;
}

/** The placeholders a message uses (`{name}`), in every variant of a plural or a selection. */
function inputsOf(message: unknown): string[] {
  const text = JSON.stringify(message);
  const found = new Set<string>();
  for (const match of text.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) found.add(match[1]!);
  for (const match of text.matchAll(/input ([A-Za-z_][A-Za-z0-9_]*)/g)) found.add(match[1]!);
  return [...found].sort();
}

function isEmpty(message: unknown): boolean {
  if (typeof message === 'string') return message.trim() === '';
  return message === null || message === undefined;
}

describe('message coverage', () => {
  it('has a folder for every domain and no folder without one', () => {
    const folders = readdirSync(MESSAGES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders).toEqual(Object.keys(DOMAIN_LANGUAGES).sort());
  });

  for (const [domain, languages] of Object.entries(DOMAIN_LANGUAGES)) {
    describe(domain, () => {
      const english = load(domain, 'en');
      const prefix = `${domain}_`;

      it(`names every message with the prefix ${prefix}`, () => {
        expect(Object.keys(english).filter((id) => !id.startsWith(prefix))).toEqual([]);
      });

      for (const language of languages.filter((l) => l !== 'en')) {
        it(`holds every ${domain} text in ${language}, with the same inputs, and nothing more`, () => {
          const translated = load(domain, language);
          expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
          const empty = Object.keys(translated).filter((id) => isEmpty(translated[id]));
          expect(empty).toEqual([]);
          const differentInputs = Object.keys(english).filter((id) => inputsOf(english[id]).join() !== inputsOf(translated[id]).join());
          expect(differentInputs).toEqual([]);
        });
      }
    });
  }
});

describe('compiled messages', () => {
  it("compile the app's window in exactly the app's languages", async () => {
    const { APP_LOCALES } = await import('../../build/i18n.mjs');
    expect([...APP_LOCALES]).toEqual([...UI_LANGUAGES]);
  });

  it('render per call in the language asked for', async () => {
    const m = await import('../../shared/i18n/paraglide/messages');
    expect(PROPOSAL_LANGUAGES.map((locale) => m.engine_answer_yes({}, { locale }))).toEqual(['Yes', 'Ja', 'Oui', 'Sí', 'Ja', 'ใช่']);
  });

  it('name every language in its own words', async () => {
    const { languageName } = await import('../../shared/i18n/names');
    expect(PROPOSAL_LANGUAGES.map(languageName)).toEqual(['English', 'Deutsch', 'Français', 'Español', 'Nederlands', 'ไทย']);
  });
});
