// Counted words and lists in the proposal's language ("1 day", "3 weeks", "a, b and c"): the word chosen by Intl's
// plural rules between a message for one and a message for other counts, lists joined by Intl.ListFormat. Pure; the
// words themselves are messages (messages/proposal/<language>.json), so no English is hard-wired here.
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { type Formatter, roundedDays } from './formatting';
import { joinAnd } from './reasoning';

const rulesByLanguage = new Map<string, Intl.PluralRules>();

/** Whether `n` takes the singular ("one") form in the language: 1 in English, 0 to 2 exclusive in French, never in Thai. */
export function takesOne(n: number, language: ProposalLanguage): boolean {
  let rules = rulesByLanguage.get(language);
  if (rules === undefined) {
    rules = new Intl.PluralRules(language);
    rulesByLanguage.set(language, rules);
  }
  return rules.select(n) === 'one';
}

/** "12,5 Tage": days written by the formatter, with the language's word for them. */
export function daysText(fmt: Formatter, days: number, language: ProposalLanguage): string {
  const input = { days: fmt.days(days) };
  return takesOne(days, language) ? m.proposal_days_one(input, { locale: language }) : m.proposal_days_other(input, { locale: language });
}

/** "about 222 days": days a sentence or a comparison states roughly, rounded as one says them (roundedDays). */
export function roughDaysText(fmt: Formatter, days: number, language: ProposalLanguage): string {
  return daysText(fmt, roundedDays(days), language);
}

/** "3 weeks", written by the formatter. */
export function weeksText(fmt: Formatter, weeks: number, language: ProposalLanguage): string {
  const input = { weeks: fmt.weeks(weeks) };
  return takesOne(weeks, language) ? m.proposal_weeks_one(input, { locale: language }) : m.proposal_weeks_other(input, { locale: language });
}

/** A count with its noun ("1 item", "4 developers"), the count written by the formatter. */
export function countText(
  fmt: Formatter,
  count: number,
  language: ProposalLanguage,
  one: (inputs: { count: string }, options: { locale: ProposalLanguage }) => string,
  other: (inputs: { count: string }, options: { locale: ProposalLanguage }) => string,
): string {
  const input = { count: fmt.days(count) };
  return takesOne(count, language) ? one(input, { locale: language }) : other(input, { locale: language });
}

const lists = new Map<string, Intl.ListFormat>();

function listFormat(language: ProposalLanguage, type: 'conjunction' | 'disjunction'): Intl.ListFormat {
  const key = `${language}:${type}`;
  let format = lists.get(key);
  if (format === undefined) {
    format = new Intl.ListFormat(language, { type, style: 'long' });
    lists.set(key, format);
  }
  return format;
}

/** Thai joins "และ"/"หรือ" to Thai words without a space; beside a Latin one (a typed item's title) a space reads right. */
function thaiSpacing(list: string, language: ProposalLanguage): string {
  if (language !== 'th') return list;
  return list.replace(/(และ|หรือ)(?=[^\s\u0E00-\u0E7F])/gu, '$1 ').replace(/(?<=[^\s\u0E00-\u0E7F])(และ|หรือ)/gu, ' $1');
}

/** "a, b and c" in the language (English keeps the proposal's own form, without a serial comma). */
export function listAnd(items: readonly string[], language: ProposalLanguage): string {
  return language === 'en' ? joinAnd(items) : thaiSpacing(listFormat(language, 'conjunction').format(items), language);
}

/** "a, b or c" in the language. */
export function listOr(items: readonly string[], language: ProposalLanguage): string {
  if (language !== 'en') return thaiSpacing(listFormat(language, 'disjunction').format(items), language);
  // "A, B or C": the last item joined by "or" whatever its length (a tier's name may have several words).
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
}
