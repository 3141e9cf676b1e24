// The languages a proposal can be written in and the app can speak: their tags and what each covers. Texts live as
// messages in messages/<domain>/<language>.json, compiled by Paraglide JS into shared/i18n/paraglide/ (build/i18n.mjs);
// this module only names the languages, so callers can validate a tag without loading any message.
import { z } from 'zod';

/** Languages a proposal (and every sentence in it) can be written in, as BCP 47 tags. */
export const PROPOSAL_LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'th'] as const;
export type ProposalLanguage = (typeof PROPOSAL_LANGUAGES)[number];

/** Languages the app itself speaks (its own screens; the proposal's language is chosen apart from it). */
export const UI_LANGUAGES = ['en', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: ProposalLanguage = 'en';

export function isProposalLanguage(tag: unknown): tag is ProposalLanguage {
  return typeof tag === 'string' && (PROPOSAL_LANGUAGES as readonly string[]).includes(tag);
}

export function isUiLanguage(tag: unknown): tag is UiLanguage {
  return typeof tag === 'string' && (UI_LANGUAGES as readonly string[]).includes(tag);
}

/**
 * The app's language before the consultant chooses one: German when the system's preferred language is German (de,
 * de-AT, de-CH...), English otherwise. `preferred` is the system's list, most preferred first (navigator.languages).
 */
export function uiLanguageFromSystem(preferred: readonly string[]): UiLanguage {
  return /^de(-|$)/i.test(preferred[0] ?? '') ? 'de' : 'en';
}

/**
 * Which languages each message domain (a folder of messages/) must hold every text in: the proposal's domains in
 * every proposal language, the app's screens in every app language.
 */
export const DOMAIN_LANGUAGES: Record<string, readonly string[]> = {
  engine: PROPOSAL_LANGUAGES,
  scope: PROPOSAL_LANGUAGES,
  proposal: PROPOSAL_LANGUAGES,
  ui: UI_LANGUAGES,
};

/** `uiLanguage` as the settings accept it: a tag the app has every screen text in. */
export const uiLanguageSchema = z.enum(UI_LANGUAGES);
