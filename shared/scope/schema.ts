// The scope record and the rate card: zod schemas for what an assessment's `scope` and Settings' rate card may hold.
// Validation and defaults only; pricing lives in estimate.ts. Every refusal names its field and what it accepts.
import { z } from 'zod';

import { FEATURE_SIZES, type FeatureSize, FRAMEWORKS } from '../engine/requirements';
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { type Words, words } from './words';

export const ITEMS_MAX = 1000;
export const RATES_MAX = 50;
export const TIERS_MAX = 3;
export const TEXTS_MAX = 50;
export const DAYS_MAX = 10000;
/** 1,000,000 in major units a day: far above any real rate, low enough that every product stays exact. */
export const DAY_RATE_MAX = 100_000_000;
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 2000;
export const TEXT_MAX = 500;
export const NAME_MAX = 60;
export const PAYMENTS_MAX = 12;
/** The default payment stages, their labels in every proposal language. */
export const DEFAULT_PAYMENT_STAGES: readonly { label: Words; percent: number }[] = [
  { label: words(m.scope_payment_signature), percent: 30 },
  { label: words(m.scope_payment_beta), percent: 40 },
  { label: words(m.scope_payment_launch), percent: 30 },
];
export const DEFAULT_PAYMENTS: readonly { label: string; percent: number }[] = DEFAULT_PAYMENT_STAGES.map((p) => ({
  label: p.label('en'),
  percent: p.percent,
}));
/** A stage added by hand, until the consultant names it ("Stage", "Rate"...), in every proposal language. */
export const NEW_PAYMENT_STAGE_WORDS: Words = words(m.scope_payment_stage);
/** The tax's default name in every proposal language ("VAT", "MwSt."...), and in English. */
export const DEFAULT_TAX_WORDS: Words = words(m.scope_tax_label);
export const DEFAULT_TAX_LABEL = DEFAULT_TAX_WORDS('en');

/** True when `value` is written with at most two decimals (0.29 yes, 0.295 no), judged on its shortest decimal form. */
export function hasAtMostTwoDecimals(value: number): boolean {
  return Number.isFinite(value) && Number(value.toFixed(2)) === value;
}

let currencies: ReadonlySet<string> | undefined;
/** ISO 4217 codes this runtime's Intl knows (Node and Chromium both ship the full list). */
export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(code) && currencies.has(code);
}

const twoDecimals = { message: 'a number with at most two decimals (like 1.25)' };

const days = z.number().min(0).max(DAYS_MAX).refine(hasAtMostTwoDecimals, twoDecimals);
const percent = z.number().min(0).max(100).refine(hasAtMostTwoDecimals, twoDecimals);
const shortText = (max: number) => z.string().trim().min(1).max(max);

function checkOrder(v: { low: number; likely: number; high: number }, ctx: z.RefinementCtx): void {
  if (v.low > v.likely) ctx.addIssue({ code: 'custom', path: ['low'], input: v.low, message: `no more than likely (${v.likely}); low ≤ likely ≤ high` });
  if (v.likely > v.high) ctx.addIssue({ code: 'custom', path: ['high'], input: v.high, message: `at least likely (${v.likely}); low ≤ likely ≤ high` });
}

/** Three-point estimate in days; `low ≤ likely ≤ high`, reported on the field that breaks the order. */
export const threePointSchema = z.object({ low: days, likely: days, high: days }).strict().superRefine(checkOrder);
export type ThreePoint = z.infer<typeof threePointSchema>;

/** The PERT expected days of three-point days: (low + 4 × likely + high) / 6, unrounded. */
export function expectedOf(days: ThreePoint): number {
  return (days.low + 4 * days.likely + days.high) / 6;
}

/** Three-point days per feature size (shared/scope/sizing.ts): one feature built end to end. */
export const sizingSchema = z
  .object(Object.fromEntries(FEATURE_SIZES.map((s) => [s, threePointSchema])) as Record<FeatureSize, typeof threePointSchema>)
  .strict();
export type Sizing = z.infer<typeof sizingSchema>;

export const currencySchema = z.string().refine(isCurrencyCode, { message: 'an ISO 4217 currency code in capitals (like EUR, GBP, USD)' });

export const rateSchema = z
  .object({
    role: shortText(NAME_MAX),
    name: shortText(NAME_MAX),
    dayRate: z.number().int().min(0).max(DAY_RATE_MAX),
  })
  .strict();
export type Rate = z.infer<typeof rateSchema>;

const ratesSchema = z
  .array(rateSchema)
  .min(1)
  .max(RATES_MAX)
  .superRefine((rates, ctx) => {
    const seen = new Set<string>();
    rates.forEach((rate, i) => {
      if (seen.has(rate.role)) ctx.addIssue({ code: 'custom', path: [i, 'role'], input: rate.role, message: 'a role id not already used by another rate' });
      seen.add(rate.role);
    });
  });

const frameworkDays = z
  .object(
    Object.fromEntries(FRAMEWORKS.map((f) => [f, threePointSchema.optional()])) as Record<(typeof FRAMEWORKS)[number], z.ZodOptional<typeof threePointSchema>>,
  )
  .strict();

export const scopeItemSchema = z
  .object({
    id: shortText(64),
    title: shortText(TITLE_MAX),
    description: z.string().max(DESCRIPTION_MAX).optional(),
    phase: shortText(NAME_MAX),
    role: shortText(NAME_MAX),
    low: days,
    likely: days,
    high: days,
    tier: z.number().int().min(1).max(TIERS_MAX).optional(),
    optional: z.boolean().optional(),
    deferred: z.boolean().optional(),
    byFramework: frameworkDays.optional(),
  })
  .strict()
  .superRefine(checkOrder);
export type ScopeItem = z.infer<typeof scopeItemSchema>;

const texts = z.array(shortText(TEXT_MAX)).max(TEXTS_MAX);

/** A calendar date written `YYYY-MM-DD` that exists (2026-02-30 does not). */
export const isoDateSchema = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
  message: 'a date written YYYY-MM-DD (like 2027-03-01)',
});

/** Delivered effort: more than 0 days, at most DAYS_MAX, two decimals at most. */
export const actualDaysSchema = z.number().gt(0).max(DAYS_MAX).refine(hasAtMostTwoDecimals, twoDecimals);
export const QUOTE_FIGURES = ['expected', 'p50', 'p80'] as const;
export type QuoteFigure = (typeof QUOTE_FIGURES)[number];

export const paymentSchema = z.object({ label: shortText(NAME_MAX), percent: percent }).strict();
export type Payment = z.infer<typeof paymentSchema>;

/**
 * The stages' percentages added up in hundredths, so 33.33 + 33.33 + 33.34 is exactly 10000; a stage whose percent is
 * not a number (a scope still being typed or refused) counts 0.
 */
export function paymentHundredths(payments: readonly ({ percent?: unknown } | null | undefined)[]): number {
  return payments.reduce((sum: number, p) => sum + (typeof p?.percent === 'number' ? Math.round(p.percent * 100) : 0), 0);
}

/** Payment stages; their percentages add up to exactly 100 (compared in hundredths, so 33.33 + 33.33 + 33.34 passes). */
const paymentsSchema = z
  .array(paymentSchema)
  .min(1)
  .max(PAYMENTS_MAX)
  .superRefine((payments, ctx) => {
    const hundredths = paymentHundredths(payments);
    if (hundredths !== 10000)
      ctx.addIssue({ code: 'custom', path: [], input: payments, message: `percentages that add up to 100 (these add up to ${hundredths / 100})` });
  });

export const scopeSchema = z
  .object({
    currency: currencySchema,
    rates: ratesSchema,
    pmPercent: percent,
    qaPercent: percent,
    contingencyPercent: percent,
    tiers: z.array(shortText(NAME_MAX)).min(1).max(TIERS_MAX),
    items: z.array(scopeItemSchema).max(ITEMS_MAX),
    assumptions: texts,
    exclusions: texts,
    clientResponsibilities: texts,
    /** The option the consultant recommends, 1-based; absent means the highest tier. */
    recommendedTier: z.number().int().min(1).max(TIERS_MAX).optional(),
    /** When the work starts: the timeline is then written in calendar dates. */
    startDate: isoDateSchema.optional(),
    /** Payment schedule; absent means DEFAULT_PAYMENTS. */
    payments: paymentsSchema.optional(),
    /** Tax rate in percent (two decimals); absent means 0, no tax line. */
    taxPercent: percent.optional(),
    /** The tax's name on the proposal; absent means DEFAULT_TAX_LABEL. */
    taxLabel: shortText(NAME_MAX).optional(),
    /** A discount in percent (two decimals) off every tier's total, shown before the tax; absent means none. */
    discountPercent: percent.optional(),
    /** The effort the delivered project really took, in days (two decimals); recorded after delivery, for calibration. */
    actualDays: actualDaysSchema.optional(),
    /** Which figure the client edition quotes: the expected (PERT) price (default), the P50 or the P80. */
    quote: z.enum(QUOTE_FIGURES).optional(),
  })
  .strict()
  .superRefine((scope, ctx) => {
    if (scope.recommendedTier !== undefined && scope.recommendedTier > scope.tiers.length)
      ctx.addIssue({
        code: 'custom',
        path: ['recommendedTier'],
        input: scope.recommendedTier,
        message: `at most ${scope.tiers.length}, the number of tiers named in tiers`,
      });
    const roles = scope.rates.map((r) => r.role);
    const ids = new Set<string>();
    scope.items.forEach((item, i) => {
      if (!roles.includes(item.role))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'role'], input: item.role, message: `one of the roles in rates (${roles.join(', ')})` });
      if (ids.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], input: item.id, message: 'an id not already used by another item' });
      ids.add(item.id);
      const tier = item.tier ?? 1;
      if (tier > scope.tiers.length)
        ctx.addIssue({ code: 'custom', path: ['items', i, 'tier'], input: tier, message: `at most ${scope.tiers.length}, the number of tiers named in tiers` });
    });
  });
export type Scope = z.infer<typeof scopeSchema>;

/** The recommended option, 1-based: the one chosen, or the highest tier when none is. */
export function recommendedTierOf(scope: Pick<Scope, 'tiers' | 'recommendedTier'>): number {
  const chosen = scope.recommendedTier;
  return chosen !== undefined && chosen >= 1 && chosen <= scope.tiers.length ? chosen : scope.tiers.length;
}

/** The payment schedule in force: the scope's own, or the default 30/40/30 labelled in `language`. */
export function paymentsOf(scope: Pick<Scope, 'payments'>, language: ProposalLanguage = 'en'): Payment[] {
  return (scope.payments ?? DEFAULT_PAYMENT_STAGES.map((p) => ({ label: p.label(language), percent: p.percent }))).map((p) => ({ ...p }));
}

/** Settings' rate card: the defaults a new scope copies. */
export const rateCardSchema = z
  .object({
    currency: currencySchema,
    rates: ratesSchema,
    pmPercent: percent,
    qaPercent: percent,
    contingencyPercent: percent,
    validityDays: z.number().int().min(1).max(365),
    /** The consultancy's own days per feature size; absent means DEFAULT_SIZING (shared/scope/sizing.ts). */
    sizing: sizingSchema.optional(),
  })
  .strict();
export type RateCard = z.infer<typeof rateCardSchema>;

/** The default roles' names in every proposal language (the rate card's first names, in the consultant's language). */
export const DEFAULT_ROLE_WORDS: Readonly<Record<string, Words>> = {
  developer: words(m.scope_role_developer),
  'senior-developer': words(m.scope_role_senior_developer),
  designer: words(m.scope_role_designer),
  'project-manager': words(m.scope_role_project_manager),
  'qa-engineer': words(m.scope_role_qa_engineer),
};

/**
 * Defaults: UK consultancy day rates in pence, the roles named in `language`. PM 20% (about one day a week per
 * developer), QA 15% (testing takes 10–20% of development) and 10% contingency for unknowns, the rules of thumb in
 * shared/scope/README.md.
 */
export function defaultRateCard(language: ProposalLanguage = 'en'): RateCard {
  const rate = (role: string, dayRate: number): Rate => ({ role, name: DEFAULT_ROLE_WORDS[role]!(language), dayRate });
  return {
    currency: 'GBP',
    rates: [rate('developer', 55000), rate('senior-developer', 70000), rate('designer', 50000), rate('project-manager', 60000), rate('qa-engineer', 45000)],
    pmPercent: 20,
    qaPercent: 15,
    contingencyPercent: 10,
    validityDays: 30,
  };
}

/** The defaults with the roles named in English. */
export const DEFAULT_RATE_CARD: RateCard = defaultRateCard('en');

/** The one tier a new scope has, named in every proposal language, and in English. */
export const DEFAULT_TIER_WORDS: Words = words(m.scope_tier_standard);
export const DEFAULT_TIER_NAME = DEFAULT_TIER_WORDS('en');

/** The names a tier added in the Scope view starts with, by its place (Good, Better, Best), in every proposal language. */
export const ADDED_TIER_WORDS: readonly Words[] = [words(m.scope_tier_good), words(m.scope_tier_better), words(m.scope_tier_best)];

/** "Tier 2": a tier's name by its number, for a place past the named ones. */
export const numberedTierWords =
  (n: number): Words =>
  (locale) =>
    m.scope_tier_numbered({ number: String(n) }, { locale });

/** The name a tier added at `index` (0-based) starts with, in `language`. */
export function addedTierName(index: number, language: ProposalLanguage = 'en'): string {
  return (ADDED_TIER_WORDS[index] ?? numberedTierWords(index + 1))(language);
}

/**
 * A scope with no items: currency, rates and percentages copied from the card, so a later card change never alters it;
 * its one tier named in `language`.
 */
export function emptyScope(rateCard: RateCard, language: ProposalLanguage = 'en'): Scope {
  return {
    currency: rateCard.currency,
    rates: rateCard.rates.map((r) => ({ ...r })),
    pmPercent: rateCard.pmPercent,
    qaPercent: rateCard.qaPercent,
    contingencyPercent: rateCard.contingencyPercent,
    tiers: [DEFAULT_TIER_WORDS(language)],
    items: [],
    assumptions: [],
    exclusions: [],
    clientResponsibilities: [],
  };
}
