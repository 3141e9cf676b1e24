// Numbers, money and dates as the proposal's locale writes them (Intl), from integer minor units and ISO dates.
// Pure and deterministic: dates are computed on the calendar day as written, never through the machine's time zone.
import { AppError } from '../errors';
import type { ProposalLanguage } from '../i18n/language';
import { formatMoney } from '../scope/estimate';

export interface Formatter {
  locale: string;
  money(minor: number): string;
  days(value: number): string;
  weeks(value: number): string;
  date(iso: string): string;
}

/**
 * Days as one says them with "about": whole days from ten up, a tenth below (221.82 -> 222, 2.25 -> 2.3). Tables whose
 * rows add up keep the estimate's hundredths; a sentence or a comparison that rounds anyway should not pretend them.
 */
export function roundedDays(days: number): number {
  const step = Math.abs(days) >= 9.95 ? 1 : 10;
  return Math.round(days * step) / step;
}

/** The calendar day of an ISO timestamp as written ("2026-03-12T23:30:00-05:00" is 12 March), as UTC midnight. */
function dayOf(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : t;
}

/** The ISO date `days` calendar days after the day of `iso` ("2026-04-11"). */
export function addDays(iso: string, days: number): string {
  const t = dayOf(iso);
  if (t === null) return iso;
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** The locale each proposal language writes numbers, money and dates in when the settings' locale is another language's. */
export const LANGUAGE_LOCALES: Readonly<Record<ProposalLanguage, string>> = {
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  nl: 'nl-NL',
  th: 'th-TH',
};

/**
 * The locale a proposal in `language` is formatted in: the settings' locale when it is a variant of that language
 * (de-CH or de-AT for a German proposal, en-US for an English one), else the language's own (LANGUAGE_LOCALES), so a
 * German proposal never prints English dates and an English one never prints German ones. A settings locale that is not
 * a language tag, or one Intl cannot format, is passed on unchanged, so formatterFor still refuses it by name.
 */
export function proposalLocale(language: ProposalLanguage, settingsLocale: string): string {
  let primary: string | undefined;
  try {
    if (Intl.NumberFormat.supportedLocalesOf([settingsLocale]).length === 0) return settingsLocale;
    primary = new Intl.Locale(settingsLocale).language;
  } catch {
    return settingsLocale;
  }
  return primary === language ? settingsLocale : LANGUAGE_LOCALES[language];
}

/**
 * A formatter for one proposal. Refuses (AppError, field `locale` or `currency`) a locale Intl does not know or a
 * currency it cannot write, so an export stops with a clear message before any file is written.
 */
export function formatterFor(locale: string, currency: string | null): Formatter {
  let supported: string[];
  try {
    supported = Intl.NumberFormat.supportedLocalesOf([locale]);
  } catch {
    throw new AppError('invalid_input', `locale: "${locale}" is not a language tag (like en-GB or de-DE)`, 'locale');
  }
  if (supported.length === 0) throw new AppError('invalid_input', `locale: "${locale}" is not a locale this app can format numbers for`, 'locale');
  if (currency !== null) {
    try {
      formatMoney(0, currency, locale);
    } catch {
      throw new AppError(
        'invalid_input',
        `currency: "${currency}" cannot be written in the locale ${locale}; choose an ISO 4217 code like EUR or GBP`,
        'currency',
      );
    }
  }
  const dayNumber = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
  const weekNumber = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    locale,
    money: (minor) => (currency === null ? String(minor) : formatMoney(minor, currency, locale)),
    days: (value) => dayNumber.format(value),
    weeks: (value) => weekNumber.format(value),
    date: (iso) => {
      const t = dayOf(iso);
      return t === null ? iso : dateFormat.format(new Date(t));
    },
  };
}
