// What is wrong with a scope, in the words of the grid a consultant types it in: the item by its title and the column
// by its heading ("Integration with SAP: the high estimate must be at least the likely one"), never a schema path.
// Pure; reads the scope as it stands (possibly invalid) and scopeSchema's issues, decides nothing itself. Every text is
// a message (messages/scope/) in the language asked for: the app's, since the consultant reads these while typing.
import type { z } from 'zod';

import { FRAMEWORK_NAMES, FRAMEWORKS } from '../engine/requirements';
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { paymentHundredths, scopeSchema } from './schema';
import { type Message, type Words, words } from './words';

type Issue = z.core.$ZodIssue;
type Estimate = 'low' | 'likely' | 'high';

const ESTIMATES: Record<Estimate, Words> = {
  low: words(m.scope_problem_estimate_low),
  likely: words(m.scope_problem_estimate_likely),
  high: words(m.scope_problem_estimate_high),
};

type FrameworkMessage = (inputs: { framework: string }, options: { locale: ProposalLanguage }) => string;
const FRAMEWORK_ESTIMATES: Record<Estimate, FrameworkMessage> = {
  low: m.scope_problem_framework_estimate_low,
  likely: m.scope_problem_framework_estimate_likely,
  high: m.scope_problem_framework_estimate_high,
};

const ITEM_COLUMNS: Record<string, Words> = {
  title: words(m.scope_problem_column_title),
  description: words(m.scope_problem_column_description),
  phase: words(m.scope_problem_column_phase),
  role: words(m.scope_problem_column_role),
  tier: words(m.scope_problem_column_tier),
  id: words(m.scope_problem_column_id),
};

const SCOPE_FIELDS: Record<string, Message> = {
  currency: m.scope_problem_field_currency,
  rates: m.scope_problem_field_rates,
  pmPercent: m.scope_problem_field_pm_percent,
  qaPercent: m.scope_problem_field_qa_percent,
  contingencyPercent: m.scope_problem_field_contingency_percent,
  tiers: m.scope_problem_field_tiers,
  items: m.scope_problem_field_items,
  assumptions: m.scope_problem_field_assumptions,
  exclusions: m.scope_problem_field_exclusions,
  clientResponsibilities: m.scope_problem_field_client_responsibilities,
  recommendedTier: m.scope_problem_field_recommended_tier,
  startDate: m.scope_problem_field_start_date,
  payments: m.scope_problem_field_payments,
  taxPercent: m.scope_problem_field_tax_percent,
  taxLabel: m.scope_problem_field_tax_label,
  discountPercent: m.scope_problem_field_discount_percent,
  actualDays: m.scope_problem_field_actual_days,
  quote: m.scope_problem_field_quote,
};

const isEstimate = (key: unknown): key is Estimate => key === 'low' || key === 'likely' || key === 'high';

/** The item a path points at, by its title (or its place in the list when it has none). */
function itemName(scope: unknown, index: number, language: ProposalLanguage): string {
  const items = (scope as { items?: unknown } | null)?.items;
  const item: unknown = Array.isArray(items) ? items[index] : undefined;
  const title = (item as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' && title.trim() !== '' ? title.trim() : m.scope_problem_work_item({ number: String(index + 1) }, { locale: language });
}

/** One of an item's low/likely/high estimates (`estimate`, already named) broken as `issue` says. */
function estimateProblem(item: string, which: Estimate, estimate: string, issue: Issue, language: ProposalLanguage): string {
  const at = { locale: language };
  if (issue.code === 'custom' && which === 'low') return m.scope_problem_estimate_above_likely({ item, estimate }, at);
  if (issue.code === 'custom' && which === 'high') return m.scope_problem_estimate_below_likely({ item, estimate }, at);
  return m.scope_problem_estimate_days({ item, estimate }, at);
}

function itemProblem(scope: unknown, index: number, rest: readonly PropertyKey[], issue: Issue, language: ProposalLanguage): string {
  const item = itemName(scope, index, language);
  const at = { locale: language };
  const [column, framework, which] = rest;
  if (isEstimate(column)) return estimateProblem(item, column, ESTIMATES[column](language), issue, language);
  if (column === 'byFramework' && typeof framework === 'string' && (FRAMEWORKS as readonly string[]).includes(framework) && isEstimate(which)) {
    const label = FRAMEWORK_NAMES[framework as keyof typeof FRAMEWORK_NAMES];
    return estimateProblem(item, which, FRAMEWORK_ESTIMATES[which]({ framework: label }, at), issue, language);
  }
  if (column === 'title' && issue.code === 'too_small') return m.scope_problem_title_empty({ item }, at);
  if (column === 'phase' && issue.code === 'too_small') return m.scope_problem_phase_empty({ item }, at);
  if (column === 'role') return m.scope_problem_role_unknown({ item }, at);
  if (column === 'tier') return m.scope_problem_tier_unknown({ item }, at);
  if (column === 'id') return m.scope_problem_id_taken({ item }, at);
  const name = typeof column === 'string' ? ITEM_COLUMNS[column] : undefined;
  if (name === undefined) return m.scope_problem_item_not_valid({ item }, at);
  if (issue.code === 'too_big' && issue.origin === 'string')
    return m.scope_problem_column_too_long({ item, column: name(language), maximum: String(issue.maximum) }, at);
  return m.scope_problem_column_not_valid({ item, column: name(language) }, at);
}

/** The sum of the payments' percentages, as the refusal quotes it. */
function paymentsTotal(scope: unknown): string {
  const payments = (scope as { payments?: unknown } | null)?.payments;
  return Array.isArray(payments) ? String(paymentHundredths(payments as { percent?: unknown }[]) / 100) : '0';
}

/** What a scope-level field accepts, for the issue it failed with: a custom check told apart by where it failed. */
function expected(scope: unknown, issue: Issue, language: ProposalLanguage): string {
  const at = { locale: language };
  const [first] = issue.path;
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'custom':
      if (first === 'currency') return m.scope_problem_expect_currency({}, at);
      if (first === 'startDate') return m.scope_problem_expect_date({}, at);
      if (first === 'payments' && issue.path.length === 1) return m.scope_problem_expect_payments_total({ total: paymentsTotal(scope) }, at);
      if (first === 'recommendedTier') {
        const tiers = (scope as { tiers?: unknown } | null)?.tiers;
        return m.scope_problem_expect_tier_count({ count: String(Array.isArray(tiers) ? tiers.length : 0) }, at);
      }
      if (first === 'rates' && last === 'role') return m.scope_problem_expect_role_unique({}, at);
      return m.scope_problem_expect_two_decimals({}, at);
    case 'too_small':
      if (issue.origin === 'string') return m.scope_problem_expect_text({}, at);
      if (issue.origin === 'array') return m.scope_problem_expect_one_entry({}, at);
      return m.scope_problem_expect_at_least({ minimum: String(issue.minimum) }, at);
    case 'too_big':
      if (issue.origin === 'string') return m.scope_problem_expect_characters_at_most({ maximum: String(issue.maximum) }, at);
      if (issue.origin === 'array') return m.scope_problem_expect_entries_at_most({ maximum: String(issue.maximum) }, at);
      return m.scope_problem_expect_at_most({ maximum: String(issue.maximum) }, at);
    case 'invalid_type':
      return issue.expected === 'int' ? m.scope_problem_expect_whole_number({}, at) : m.scope_problem_expect_valid({}, at);
    default:
      return m.scope_problem_expect_valid({}, at);
  }
}

/** One issue of scopeSchema in words, in `language` (English unless asked). */
export function describeScopeIssue(scope: unknown, issue: Issue, language: ProposalLanguage = 'en'): string {
  const [first, second, ...rest] = issue.path;
  if (first === 'items' && typeof second === 'number') return itemProblem(scope, second, rest, issue, language);
  const at = { locale: language };
  const field = (typeof first === 'string' ? SCOPE_FIELDS[first] : undefined) ?? m.scope_problem_field_scope;
  if (issue.code === 'unrecognized_keys') return m.scope_problem_unknown_field({ field: field({}, at), name: issue.keys.join(', ') }, at);
  return m.scope_problem_field({ field: field({}, at), problem: expected(scope, issue, language) }, at);
}

/** The first thing wrong with a scope, in words in `language` (English unless asked); null when scopeSchema accepts it. */
export function scopeProblem(scope: unknown, language: ProposalLanguage = 'en'): string | null {
  const result = scopeSchema.safeParse(scope);
  if (result.success) return null;
  const issue = result.error.issues[0];
  return issue === undefined ? m.scope_problem_scope_not_valid({}, { locale: language }) : describeScopeIssue(scope, issue, language);
}
