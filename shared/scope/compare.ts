// What the framework choice costs: per tier, how many days and how much money each other framework would add or save
// against the estimate's own. Pure; reads an Estimate, never a scope, so it always agrees with the totals shown.
import { type Framework, FRAMEWORK_NAMES, FRAMEWORKS } from '../engine/requirements';
import { fromHundredths, toHundredths } from './arithmetic';
import type { Estimate } from './estimate';
import { formatMoney } from './money';

export interface FrameworkDelta {
  framework: Framework;
  /** That framework's days minus the estimate's framework's days (positive: it would take longer). */
  days: number;
  /** That framework's total minus the estimate's total, in minor units (positive: it would cost more). */
  price: number;
}

export interface TierComparison {
  tier: number;
  name: string;
  /** The framework the estimate is for; the deltas are against it. */
  framework: Framework;
  /** The two other frameworks, in the order django, flask, fastapi. */
  deltas: FrameworkDelta[];
}

export function frameworkCostDelta(estimate: Estimate): TierComparison[] {
  const base = estimate.framework;
  return estimate.tiers.map((tier) => ({
    tier: tier.tier,
    name: tier.name,
    framework: base,
    deltas: FRAMEWORKS.filter((f) => f !== base).map((f) => ({
      framework: f,
      days: fromHundredths(toHundredths(tier.daysByFramework[f]) - toHundredths(tier.daysByFramework[base])),
      price: tier.byFramework[f] - tier.byFramework[base],
    })),
  }));
}

/** "Flask would add about 12 days (≈ £6,600.00)", "… save about …", or "… cost about the same", for the live panel and the PDF. */
export function describeFrameworkDelta(delta: FrameworkDelta, currency: string, locale: string): string {
  const name = FRAMEWORK_NAMES[delta.framework];
  const days = Math.round(Math.abs(delta.days));
  if (delta.price === 0 && days === 0) return `${name} would cost about the same`;
  const amount = days === 0 ? 'less than a day' : `about ${days} ${days === 1 ? 'day' : 'days'}`;
  const money = `≈ ${formatMoney(Math.abs(delta.price), currency, locale)}`;
  if (delta.price >= 0 && delta.days >= 0) return `${name} would add ${amount} (${money})`;
  if (delta.price <= 0 && delta.days <= 0) return `${name} would save ${amount} (${money})`;
  // Days and money can move apart when the items that change are done by roles with different rates.
  return `${name} would take ${amount} ${delta.days > 0 ? 'more' : 'fewer'} and cost ${formatMoney(Math.abs(delta.price), currency, locale)} ${delta.price > 0 ? 'more' : 'less'}`;
}
