// The language the app's own screens speak (`uiLanguage`) and the one way components read their texts: `t(m.<message id>)`
// calls a compiled message with the current language, so every text re-renders when the language changes. It never
// sets Paraglide's global locale: a proposal is written in its own language, whatever the app speaks.
import { isUiLanguage, type UiLanguage, uiLanguageFromSystem } from '../../../shared/i18n/language';

export * as m from '../../../shared/i18n/paraglide/messages';

/** This machine's note of the last language applied, so a reload paints in it before the settings have answered. */
const REMEMBERED_KEY = 'scopewise.ui-language';

function startingLanguage(): UiLanguage {
  const remembered = typeof localStorage === 'undefined' ? null : localStorage.getItem(REMEMBERED_KEY);
  if (isUiLanguage(remembered)) return remembered;
  return uiLanguageFromSystem(typeof navigator === 'undefined' ? [] : navigator.languages);
}

class UiLanguageState {
  /** Until the settings say otherwise: the language last applied here, else the system's (German or English). */
  current = $state<UiLanguage>(startingLanguage());
}

export const uiLanguage = new UiLanguageState();

/** Switches every screen at once (no restart); `<html lang>` follows, for screen readers and hyphenation. */
export function applyUiLanguage(language: UiLanguage): void {
  uiLanguage.current = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  if (typeof localStorage !== 'undefined') localStorage.setItem(REMEMBERED_KEY, language);
}

type Message<I> = (inputs: I, options?: { locale?: UiLanguage }) => string;

/** A message without inputs, kept to be shown later in whatever language the app speaks then (a label in a table). */
export type UiText = Message<Record<string, never>>;

/** A message in the app's language: `t(m.ui_settings_view_settings)`, `t(m.ui_draft_saved_at, { time })`. */
export function t<I extends object>(message: Message<I>, ...inputs: Record<string, never> extends I ? [I?] : [I]): string {
  return message((inputs[0] ?? {}) as I, { locale: uiLanguage.current });
}

/** Made once per language: a cache, not state (nothing re-renders when it fills). */
const pluralRules: Partial<Record<UiLanguage, Intl.PluralRules>> = {};

/**
 * A count's sentence with the word chosen by the language's plural rules (`Intl.PluralRules`): `one` for a single
 * thing, `other` for the rest. Both messages take the same inputs, `count` among them: formatted for the language, or
 * as `written` when the caller writes it otherwise (the proposal's own formatter).
 */
export function plural<I extends { count: unknown }>(count: number, one: Message<I>, other: Message<I>, inputs?: Omit<I, 'count'>, written?: string): string {
  const language = uiLanguage.current;
  const rules = (pluralRules[language] ??= new Intl.PluralRules(language));
  const message = rules.select(count) === 'one' ? one : other;
  return message({ ...inputs, count: written ?? formatCount(count) } as I, { locale: language });
}

/**
 * The locale numbers and dates on screen are written in: the system's own (en-GB, de-AT) when it speaks the app's
 * language, else the app's language, so a German screen never shows "Dec 7" and an English one keeps its region's dates.
 */
export function uiLocale(): string {
  const system = typeof navigator === 'undefined' ? '' : navigator.language;
  return system.split('-')[0]?.toLowerCase() === uiLanguage.current ? system : uiLanguage.current;
}

/** A whole number as the app's language writes it (1,234 in English, 1.234 in German). */
export function formatCount(value: number): string {
  return new Intl.NumberFormat(uiLocale()).format(value);
}
