// What the framework choice costs: per tier, how many days and how much money each other framework would add or save
// against the estimate's own. Pure; reads an Estimate, never a scope, so it always agrees with the totals shown.
import type { Reason } from '../engine/recommend';
import { type Framework, FRAMEWORK_NAMES, FRAMEWORKS } from '../engine/requirements';
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { fromHundredths, toHundredths } from './arithmetic';
import type { Estimate } from './estimate';
import { daysFor } from './item-days';
import { formatMoney } from './money';
import { expectedOf, type Scope } from './schema';

export interface FrameworkDelta {
  framework: Framework;
  /** That framework's days minus the estimate's framework's days (positive: it would take longer). */
  days: number;
  /** That framework's total minus the estimate's total, in minor units (positive: it would cost more). */
  price: number;
  /** Expected days of rewriting the running application under that framework, when its scope carries one. */
  rewriteDays?: number;
  /** The framework the running application is built with, when the work extends it. */
  rewriteFrom?: Framework;
}

export interface TierComparison {
  tier: number;
  name: string;
  /** The framework the estimate is for; the deltas are against it. */
  framework: Framework;
  /** The two other frameworks, in the order django, flask, fastapi. */
  deltas: FrameworkDelta[];
}

/** Expected days (two decimals) of the scope's rewrite line under a framework; undefined without one or at zero days. */
function rewriteDays(scope: Scope | undefined, framework: Framework): number | undefined {
  const line = scope?.items.find((i) => i.id === 'rewrite' && i.optional !== true && i.deferred !== true);
  if (line === undefined) return undefined;
  const days = Math.round(expectedOf(daysFor(line, framework)) * 100) / 100;
  return days > 0 ? days : undefined;
}

/** Which framework the rewrite line rewrites from: the one it costs nothing under. */
function rewriteFrom(scope: Scope | undefined): Framework | undefined {
  return scope === undefined ||
    (rewriteDays(scope, 'django') === undefined && rewriteDays(scope, 'flask') === undefined && rewriteDays(scope, 'fastapi') === undefined)
    ? undefined
    : FRAMEWORKS.find((f) => rewriteDays(scope, f) === undefined);
}

/** Per tier, the other frameworks against the estimate's; with the scope, each delta names the rewrite it includes. */
export function frameworkCostDelta(estimate: Estimate, scope?: Scope): TierComparison[] {
  const base = estimate.framework;
  const from = rewriteFrom(scope);
  return estimate.tiers.map((tier) => ({
    tier: tier.tier,
    name: tier.name,
    framework: base,
    deltas: FRAMEWORKS.filter((f) => f !== base).map((f) => ({
      framework: f,
      days: fromHundredths(toHundredths(tier.daysByFramework[f]) - toHundredths(tier.daysByFramework[base])),
      price: tier.byFramework[f] - tier.byFramework[base],
      ...(from === undefined || rewriteDays(scope, f) === undefined ? {} : { rewriteDays: rewriteDays(scope, f)!, rewriteFrom: from }),
    })),
  }));
}

/** "about 12 days", "less than a day": a whole number of days in a sentence, in `language`. */
function aboutDays(days: number, language: ProposalLanguage): string {
  const locale = { locale: language };
  if (days === 0) return m.scope_amount_less_than_a_day({}, locale);
  const inputs = { days: String(days) };
  return new Intl.PluralRules(language).select(days) === 'one' ? m.scope_amount_days_one(inputs, locale) : m.scope_amount_days_other(inputs, locale);
}

/**
 * "Flask would add about 12 days (≈ £6,600.00)", "… save about …", or "… cost about the same", for the live panel and
 * the PDF, in `language` (English unless asked).
 */
export function describeFrameworkDelta(delta: FrameworkDelta, currency: string, locale: string, language: ProposalLanguage = 'en'): string {
  const at = { locale: language };
  const framework = FRAMEWORK_NAMES[delta.framework];
  const days = Math.round(Math.abs(delta.days));
  if (delta.price === 0 && days === 0) return m.scope_delta_same({ framework }, at);
  const amount = aboutDays(days, language);
  const money = `≈ ${formatMoney(Math.abs(delta.price), currency, locale)}`;
  const rewrite =
    delta.rewriteDays === undefined || delta.rewriteFrom === undefined
      ? ''
      : m.scope_delta_rewrite({ days: String(Math.round(delta.rewriteDays)), from: FRAMEWORK_NAMES[delta.rewriteFrom] }, at);
  if (delta.price >= 0 && delta.days >= 0) return m.scope_delta_add({ framework, amount, money, rewrite }, at);
  if (delta.price <= 0 && delta.days <= 0) return m.scope_delta_save({ framework, amount, money }, at);
  // Days and money can move apart when the items that change are done by roles with different rates.
  const inputs = { framework, amount, money: formatMoney(Math.abs(delta.price), currency, locale) };
  if (delta.days > 0) return delta.price > 0 ? m.scope_delta_longer_costlier(inputs, at) : m.scope_delta_longer_cheaper(inputs, at);
  return delta.price > 0 ? m.scope_delta_shorter_costlier(inputs, at) : m.scope_delta_shorter_cheaper(inputs, at);
}

/** Languages that write on in lower case after a colon (German and Thai keep the reason as it is). */
const LOWER_AFTER_COLON: ReadonlySet<ProposalLanguage> = new Set(['en', 'fr', 'es', 'nl']);

/**
 * When the recommended framework costs more than another, one sentence a client can follow on why it is still the
 * recommendation: the cheapest alternative's saving and the strongest reason the engine gives for the recommended
 * framework. Undefined when the recommended framework is the cheapest (or the estimate is for another framework).
 */
export function whyRecommendedCostsMore(
  comparison: TierComparison | undefined,
  recommended: Framework,
  reasons: readonly Pick<Reason, 'framework' | 'effect' | 'text'>[],
  currency: string,
  locale: string,
  language: ProposalLanguage = 'en',
): string | undefined {
  if (comparison === undefined || comparison.framework !== recommended) return undefined;
  const cheaper = comparison.deltas.filter((d) => d.price < 0).sort((a, b) => a.price - b.price)[0];
  const reason = reasons.find((r) => r.framework === recommended && r.effect > 0);
  if (cheaper === undefined || reason === undefined) return undefined;
  const days = Math.round(Math.abs(cheaper.days));
  const saving = `${aboutDays(days, language)} (≈ ${formatMoney(-cheaper.price, currency, locale)})`;
  // The reason reads on after a colon: lower-case its first word unless it is a name (Django, Flask, FastAPI), in the
  // languages that do so.
  const first = reason.text.split(/[\s’']/)[0] ?? '';
  const keep = Object.values(FRAMEWORK_NAMES).includes(first) || !LOWER_AFTER_COLON.has(language);
  const because = keep ? reason.text : reason.text.charAt(0).toLowerCase() + reason.text.slice(1);
  return m.scope_why_costs_more(
    { cheaper: FRAMEWORK_NAMES[cheaper.framework], saving, recommended: FRAMEWORK_NAMES[recommended], because },
    { locale: language },
  );
}
