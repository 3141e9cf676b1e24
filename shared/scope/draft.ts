// "Draft the scope from the answers": picks the work items of shared/scope/knowledge.ts that the requirements call for,
// one item per listed feature, and sizes each by what drives it (shared/scope/sizing.ts). Pure; the result is an
// ordinary scope the consultant then edits. Never prices anything (estimate.ts does).
import { recommend } from '../engine/recommend';
import { type Framework, FRAMEWORKS, type Requirements } from '../engine/requirements';
import { conditionHolds } from '../engine/score';
import { suggestStack } from '../engine/stack';
import type { ProposalLanguage } from '../i18n/language';
import { contextItems } from './context-items';
import { draftTexts } from './default-texts';
import { PHASE_NAMES, PHASES, WORK_ITEMS, type WorkCondition, type WorkItemRule, type WorkWhen } from './knowledge';
import { CODEBASE_ROLE, coordinationItem, existingCodebaseItem, featureItems, rewriteItem } from './project-items';
import { emptyScope, expectedOf, type RateCard, type Scope, type ScopeItem, type ThreePoint } from './schema';
import { answerFactors, DEFAULT_SIZING, extendedFramework, EXTENDING_SHARE, featureDays, scaled, type ScaleDriver, type Sizing, volumeFactor } from './sizing';

function holds(condition: WorkCondition, requirements: Requirements): boolean {
  const value = requirements[condition.field];
  if (value === undefined) return condition.orUnanswered === true;
  return conditionHolds(condition, value);
}

function whenHolds(when: WorkWhen, requirements: Requirements): boolean {
  if (when === 'always') return true;
  if ('all' in when) return when.all.every((c) => holds(c, requirements));
  return when.any.some((c) => holds(c, requirements));
}

/** Whether a knowledge row applies to these answers (extensions and listed features are decided by draftScope). */
export function workItemApplies(rule: WorkItemRule, requirements: Requirements): boolean {
  if (rule.unless?.some((c) => holds(c, requirements)) === true) return false;
  return whenHolds(rule.when, requirements);
}

/** The row's role if the card has it, else the card's developer, else its first role: a draft always validates. */
export function roleOn(card: RateCard, role: string): string {
  const roles = card.rates.map((r) => r.role);
  if (roles.includes(role)) return role;
  return roles.includes('developer') ? 'developer' : roles[0]!;
}

export interface DraftOptions {
  /** Whose days become the items' own; defaults to the framework recommended for these answers. */
  framework?: Framework;
  /** Days per feature size; defaults to the rate card's own sizing, else DEFAULT_SIZING. */
  sizing?: Sizing;
  /**
   * The language the drafted texts are written in (titles, descriptions, phases, the tier's name, the default
   * assumptions, exclusions and responsibilities): the assessment's proposal language, English when absent.
   */
  language?: ProposalLanguage;
}

/** What every row's days are scaled by, computed once per draft. */
interface Drivers extends Record<ScaleDriver, number> {
  extending: boolean;
  /** Package names of each framework's suggested stack, for rows priced by what the stack uses. */
  stacks: Record<Framework, ReadonlySet<string>>;
}

function driversOf(requirements: Requirements, sizing: Sizing): Drivers {
  const listed = (requirements.features ?? []).length > 0;
  // Without features, the placeholder rows stand for the product's work: their likely days size the rest.
  const days = listed
    ? featureDays(requirements, sizing)
    : WORK_ITEMS.filter((r) => r.placeholder === true && workItemApplies(r, requirements)).reduce(
        (sum, r) => sum + Math.max(...FRAMEWORKS.map((f) => r.days[f].likely)),
        0,
      );
  const names = (f: Framework): ReadonlySet<string> => new Set(suggestStack(f, requirements).components.map((c) => c.name));
  const stacks = { django: names('django'), flask: names('flask'), fastapi: names('fastapi') };
  return { volume: volumeFactor(days), ...answerFactors(requirements), extending: extendedFramework(requirements) !== undefined, stacks };
}

/** A row's days for one framework: its variant for these answers, hand-built when the stack lacks the package, scaled. */
export function rowDays(rule: WorkItemRule, framework: Framework, requirements: Requirements, drivers: Drivers): ThreePoint {
  let days = rule.variants?.find((v) => v.days[framework] !== undefined && whenHolds(v.when, requirements))?.days[framework] ?? rule.days[framework];
  const pkg = rule.configuredBy?.[framework];
  if (pkg !== undefined && !drivers.stacks[framework].has(pkg)) days = rule.handBuilt?.[framework] ?? days;
  let factor = (rule.scales ?? []).reduce((f, driver) => f * drivers[driver], 1);
  if (drivers.extending && rule.extending === 'share') factor *= EXTENDING_SHARE;
  return factor === 1 ? { ...days } : scaled(days, factor);
}

/** The knowledge rows a draft with these drivers holds (the listed features replace the placeholders). */
function draftedRules(requirements: Requirements, drivers: Drivers): WorkItemRule[] {
  const listed = (requirements.features ?? []).length > 0;
  return WORK_ITEMS.filter(
    (rule) => workItemApplies(rule, requirements) && !(listed && rule.placeholder === true) && !(drivers.extending && rule.extending === 'omit'),
  );
}

/** Whether a drafted row is an add-on the client may choose, not committed work. */
function isOptional(rule: WorkItemRule, requirements: Requirements): boolean {
  return rule.optional === true || (typeof rule.optional === 'object' && whenHolds(rule.optional, requirements));
}

function rowItems(requirements: Requirements, rateCard: RateCard, framework: Framework, drivers: Drivers, language: ProposalLanguage): ScopeItem[] {
  return draftedRules(requirements, drivers).map((rule) => {
    const optional = isOptional(rule, requirements);
    return {
      id: rule.id,
      title: rule.text.title(language),
      description: rule.text.description(language),
      phase: rule.phase,
      role: roleOn(rateCard, rule.role),
      ...rowDays(rule, framework, requirements, drivers),
      ...(optional ? { optional: true } : {}),
      // Only the other two frameworks: the item's own days stay the ones that count for the chosen framework, so editing
      // them in the grid moves its total (an entry for it in byFramework would silently override them).
      byFramework: Object.fromEntries(FRAMEWORKS.filter((f) => f !== framework).map((f) => [f, rowDays(rule, f, requirements, drivers)])),
    };
  });
}

/** What working inside the running application may cost at most: this share of what the extension saves. */
export const CODEBASE_CAP_SHARE = 0.9;

/**
 * The most expected days the cost of working inside the running application may take, or undefined for new work.
 * Extending leaves out (or halves) the foundations a new build would lay; reading the code costs days too, and for a
 * small, short-lived product on a large application it could cost more than it saves. An extension priced above
 * building the same work new would tell the client to build new, so the reading stays below what extending saves under
 * the framework the application runs on, in days and in money (the reading is done at its own role's rate).
 */
function codebaseCap(requirements: Requirements, rateCard: RateCard, drivers: Drivers): number | undefined {
  const existing = extendedFramework(requirements);
  if (existing === undefined) return undefined;
  const rate = (role: string): number => rateCard.rates.find((r) => r.role === roleOn(rateCard, role))?.dayRate ?? 0;
  // The committed rows' expected days under the application's framework, with their role, new and extending.
  const committed = (d: Drivers): { days: number; role: string }[] =>
    draftedRules(requirements, d)
      .filter((rule) => !isOptional(rule, requirements))
      .map((rule) => ({ days: expectedOf(rowDays(rule, existing, requirements, d)), role: rule.role }));
  const fresh = committed({ ...drivers, extending: false });
  const extending = committed(drivers);
  const days = (rows: { days: number }[]): number => rows.reduce((sum, r) => sum + r.days, 0);
  const cost = (rows: { days: number; role: string }[]): number => rows.reduce((sum, r) => sum + r.days * rate(r.role), 0);
  const savedDays = days(fresh) - days(extending);
  const readerRate = rate(CODEBASE_ROLE);
  const byCost = readerRate > 0 ? (cost(fresh) - cost(extending)) / readerRate : savedDays;
  return Math.max(0, CODEBASE_CAP_SHARE * Math.min(savedDays, byCost));
}

/**
 * A scope for these answers: one item per applicable knowledge row and per listed feature, in phase order, with the
 * chosen framework's days as its own and the two other frameworks' days in `byFramework`, rates and percentages copied
 * from the card. Work that extends a running application leaves out what it already has and adds the cost of working
 * inside it, and the rewrite of it under any other framework.
 */
export function draftScope(requirements: Requirements, rateCard: RateCard, options: DraftOptions = {}): Scope {
  const framework = options.framework ?? recommend(requirements).recommended;
  const language = options.language ?? 'en';
  const sizing = options.sizing ?? rateCard.sizing ?? DEFAULT_SIZING;
  const drivers = driversOf(requirements, sizing);
  const own = (item: Omit<ScopeItem, 'role'> & { role: string }): ScopeItem => ({ ...item, role: roleOn(rateCard, item.role) });
  const parts: ScopeItem[] = [
    ...rowItems(requirements, rateCard, framework, drivers, language),
    ...featureItems(requirements, sizing, language).map(own),
    ...[
      existingCodebaseItem(requirements, drivers.volume, language, codebaseCap(requirements, rateCard, drivers)),
      rewriteItem(requirements, framework, language),
    ]
      .filter((i) => i !== undefined)
      .map(own),
    // The project context adds its own items (integrations, privacy, mobile, translations), the same days for every framework.
    ...contextItems(requirements, language).map(({ days, ...item }) => own({ ...item, ...days })),
  ];
  const coordination = coordinationItem(requirements, parts, framework, language);
  if (coordination !== undefined) parts.push(own(coordination));
  // In phase order, each phase then named in the draft's language.
  const items = PHASES.flatMap((phase) => parts.filter((i) => i.phase === phase).map((i) => ({ ...i, phase: PHASE_NAMES[phase](language) })));
  return {
    ...emptyScope(rateCard, language),
    items,
    // The default texts the answers call for (shared/scope/default-texts.ts), never one the draft contradicts.
    ...draftTexts(requirements, items, language),
  };
}

/** The knowledge row's sentence on why the frameworks' days differ, in `language`, for an item drafted from it (matched by id). */
export function frameworkReason(item: Pick<ScopeItem, 'id'>, language: ProposalLanguage = 'en'): string | undefined {
  return WORK_ITEMS.find((rule) => rule.id === item.id)?.text.why(language);
}
