// The drafted items that come from the project rather than from a knowledge row: one per listed feature (sized by the
// sizing table), the cost of working inside a running application, its rewrite under another framework, and the
// coordination a larger team needs. Pure; draft.ts places them. The numbers are in shared/scope/sizing.ts; the sentences
// are messages (messages/scope/), in the language asked for.
import { type ExistingSize, type Framework, FRAMEWORK_NAMES, FRAMEWORKS, type Requirements } from '../engine/requirements';
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { slug } from './context-items';
import { daysFor } from './item-days';
import type { Phase } from './knowledge';
import { expectedOf, type ScopeItem, type ThreePoint } from './schema';
import { coordinationShare, DEFAULT_EXISTING_SIZE, EXISTING_CODEBASE_DAYS, extendedFramework, REWRITE_DAYS, scaled, type Sizing } from './sizing';
import type { Wording } from './words';

type Drafted = ScopeItem & { phase: Phase };

const ZERO: ThreePoint = { low: 0, likely: 0, high: 0 };

const EXISTING_DESCRIPTIONS = {
  small: m.scope_existing_codebase_description_small,
  medium: m.scope_existing_codebase_description_medium,
  large: m.scope_existing_codebase_description_large,
} as const;

const REWRITE_DESCRIPTIONS = {
  small: m.scope_rewrite_description_small,
  medium: m.scope_rewrite_description_medium,
  large: m.scope_rewrite_description_large,
} as const;

/** Each feature's id (unique, stable across re-drafts) and its wording: the client's title, the drafted description. */
function features(requirements: Requirements): { id: string; feature: NonNullable<Requirements['features']>[number]; text: Wording }[] {
  const seen = new Set<string>();
  return (requirements.features ?? []).map((feature) => {
    let id = `feature-${slug(feature.title)}`;
    for (let n = 2; seen.has(id); n++) id = `feature-${slug(feature.title)}-${n}`;
    seen.add(id);
    const size = feature.size.toUpperCase();
    return { id, feature, text: { title: () => feature.title, description: (locale) => m.scope_feature_description({ size }, { locale }) } };
  });
}

const existingWording = (existing: Framework, size: ExistingSize): Wording => ({
  title: (locale) => m.scope_existing_codebase_title({ framework: FRAMEWORK_NAMES[existing] }, { locale }),
  description: (locale) => EXISTING_DESCRIPTIONS[size]({}, { locale }),
});

/** The rewrite's wording as drafted for an estimate in `framework`. */
function rewriteWording(existing: Framework, size: ExistingSize, framework: Framework): Wording {
  const from = FRAMEWORK_NAMES[existing];
  return {
    title: (locale) =>
      framework === existing ? m.scope_rewrite_title_same({ from }, { locale }) : m.scope_rewrite_title({ from, to: FRAMEWORK_NAMES[framework] }, { locale }),
    description: (locale) => REWRITE_DESCRIPTIONS[size]({ from }, { locale }),
  };
}

const coordinationWording = (teamSize: number | undefined): Wording => ({
  title: (locale) => m.scope_coordination_title({}, { locale }),
  description: (locale) => m.scope_coordination_description({ count: String(teamSize) }, { locale }),
});

/**
 * Every wording a draft may have given the items that come from the project, by item id: one per feature, the existing
 * codebase, the rewrite (one per framework the draft was made for), coordination. For telling drafted text from edited.
 */
export function projectWordings(requirements: Requirements): { id: string; text: Wording }[] {
  const out: { id: string; text: Wording }[] = features(requirements).map(({ id, text }) => ({ id, text }));
  const existing = extendedFramework(requirements);
  const size = requirements.existingSize ?? DEFAULT_EXISTING_SIZE;
  if (existing !== undefined) {
    out.push({ id: 'existing-codebase', text: existingWording(existing, size) });
    for (const f of FRAMEWORKS) out.push({ id: 'rewrite', text: rewriteWording(existing, size, f) });
  }
  if (coordinationShare(requirements.teamSize) > 0) out.push({ id: 'coordination', text: coordinationWording(requirements.teamSize) });
  return out;
}

/** One item per listed feature, in the client's words, its days from its size; the same under every framework. */
export function featureItems(requirements: Requirements, sizing: Sizing, language: ProposalLanguage = 'en'): Drafted[] {
  return features(requirements).map(({ id, feature, text }) => {
    return {
      id,
      title: text.title(language),
      description: text.description(language),
      phase: 'Build',
      role: feature.size === 'xl' ? 'senior-developer' : 'developer',
      ...sizing[feature.size],
    };
  });
}

/**
 * Reading the running application, its tests and its deployment, before the new work can go in: the table's days for
 * its size, times the new work's volume factor between 0.5 and 1.5 (small work reads less of it, large work more), at
 * most `cap` expected days (draft.ts: never more than extending saves).
 */
export function existingCodebaseItem(requirements: Requirements, volume: number, language: ProposalLanguage = 'en', cap = Infinity): Drafted | undefined {
  const existing = extendedFramework(requirements);
  if (existing === undefined) return undefined;
  const size = requirements.existingSize ?? DEFAULT_EXISTING_SIZE;
  const text = existingWording(existing, size);
  return {
    id: 'existing-codebase',
    title: text.title(language),
    description: text.description(language),
    phase: 'Foundations',
    role: CODEBASE_ROLE,
    ...cappedDays(scaled(EXISTING_CODEBASE_DAYS[size], Math.min(1.5, Math.max(0.5, volume))), cap),
  };
}

/** Who reads the running application: its days are priced at this role's rate. */
export const CODEBASE_ROLE = 'senior-developer';

/** Three-point days whose expected value (low + 4·likely + high) / 6 is at most `cap`, each point down to the quarter day. */
function cappedDays(days: ThreePoint, cap: number): ThreePoint {
  const expected = expectedOf(days);
  if (expected <= cap) return days;
  const factor = cap / expected;
  const q = (n: number): number => Math.floor(n * factor * 4) / 4;
  return { low: q(days.low), likely: q(days.likely), high: q(days.high) };
}

/**
 * The rewrite of the running application under any framework but its own, sized by `existingSize`: zero days under the
 * framework it runs on, so the comparison between frameworks carries it and the chosen framework's total does not.
 */
export function rewriteItem(requirements: Requirements, framework: Framework, language: ProposalLanguage = 'en'): Drafted | undefined {
  const existing = extendedFramework(requirements);
  if (existing === undefined) return undefined;
  const size = requirements.existingSize ?? DEFAULT_EXISTING_SIZE;
  const days = (f: Framework): ThreePoint => (f === existing ? { ...ZERO } : { ...REWRITE_DAYS[size] });
  const text = rewriteWording(existing, size, framework);
  return {
    id: 'rewrite',
    title: text.title(language),
    description: text.description(language),
    phase: 'Foundations',
    role: 'senior-developer',
    ...days(framework),
    byFramework: Object.fromEntries(FRAMEWORKS.filter((f) => f !== framework).map((f) => [f, days(f)])),
  };
}

/** Coordination for a team of three or more: a share of every committed item's days (6% per doubling of the team). */
export function coordinationItem(
  requirements: Requirements,
  items: readonly ScopeItem[],
  framework: Framework,
  language: ProposalLanguage = 'en',
): Drafted | undefined {
  const share = coordinationShare(requirements.teamSize);
  if (share === 0) return undefined;
  const committed = items.filter((i) => i.optional !== true && i.deferred !== true);
  const days = (f: Framework): ThreePoint => {
    const sum = committed.reduce(
      (s, i) => {
        const d = daysFor(i, f);
        return { low: s.low + d.low, likely: s.likely + d.likely, high: s.high + d.high };
      },
      { ...ZERO },
    );
    return scaled(sum, share);
  };
  return {
    id: 'coordination',
    title: coordinationWording(requirements.teamSize).title(language),
    description: coordinationWording(requirements.teamSize).description(language),
    phase: 'Build',
    role: 'senior-developer',
    ...days(framework),
    byFramework: Object.fromEntries(FRAMEWORKS.filter((f) => f !== framework).map((f) => [f, days(f)])),
  };
}

// The rewrite an estimate carries lives beside its tables (sizing.ts), so the app can read it without these texts.
export { type Rewrite, rewriteOf } from './sizing';
