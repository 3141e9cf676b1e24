// "Draft the scope from the answers": picks the work items of shared/scope/knowledge.ts that the requirements call for.
// Pure; the result is an ordinary scope the consultant then edits. Never prices anything (estimate.ts does).
import { recommend } from '../engine/recommend';
import { type Framework, FRAMEWORKS, type Requirements } from '../engine/requirements';
import { conditionHolds } from '../engine/score';
import { contextItems } from './context-items';
import { draftTexts } from './default-texts';
import { PHASES, WORK_ITEMS, type WorkCondition, type WorkItemRule } from './knowledge';
import { emptyScope, type RateCard, type Scope, type ScopeItem } from './schema';

function holds(condition: WorkCondition, requirements: Requirements): boolean {
  const value = requirements[condition.field];
  if (value === undefined) return condition.orUnanswered === true;
  return conditionHolds(condition, value);
}

/** Whether a knowledge row applies to these answers. */
export function workItemApplies(rule: WorkItemRule, requirements: Requirements): boolean {
  if (rule.when === 'always') return true;
  if ('all' in rule.when) return rule.when.all.every((c) => holds(c, requirements));
  return rule.when.any.some((c) => holds(c, requirements));
}

/** The row's role if the card has it, else the card's developer, else its first role: a draft always validates. */
function roleOn(card: RateCard, role: string): string {
  const roles = card.rates.map((r) => r.role);
  if (roles.includes(role)) return role;
  return roles.includes('developer') ? 'developer' : roles[0]!;
}

export interface DraftOptions {
  /** Whose days become the items' own; defaults to the framework recommended for these answers. */
  framework?: Framework;
}

/**
 * A scope for these answers: one item per applicable knowledge row, in phase order, with the chosen framework's days
 * as its own and the two other frameworks' days in `byFramework`, rates and percentages copied from the card.
 */
export function draftScope(requirements: Requirements, rateCard: RateCard, options: DraftOptions = {}): Scope {
  const framework = options.framework ?? recommend(requirements).recommended;
  const rows = WORK_ITEMS.filter((rule) => workItemApplies(rule, requirements));
  const ordered = PHASES.flatMap((phase) => rows.filter((rule) => rule.phase === phase));
  const items: ScopeItem[] = ordered.map((rule) => ({
    id: rule.id,
    title: rule.title,
    description: rule.description,
    phase: rule.phase,
    role: roleOn(rateCard, rule.role),
    ...rule.days[framework],
    ...(rule.optional === true ? { optional: true } : {}),
    // Only the other two frameworks: the item's own days stay the ones that count for the chosen framework, so editing
    // them in the grid moves its total (an entry for it in byFramework would silently override them).
    byFramework: Object.fromEntries(FRAMEWORKS.filter((f) => f !== framework).map((f) => [f, { ...rule.days[f] }])),
  }));
  // The project context adds its own items (integrations, privacy, mobile, translations), the same days for every framework.
  const fromContext: ScopeItem[] = contextItems(requirements).map((item) => ({
    ...item.days,
    id: item.id,
    title: item.title,
    description: item.description,
    phase: item.phase,
    role: roleOn(rateCard, item.role),
  }));
  const all = PHASES.flatMap((phase) => [...items.filter((i) => i.phase === phase), ...fromContext.filter((i) => i.phase === phase)]);
  return {
    ...emptyScope(rateCard),
    items: all,
    // The default texts the answers call for (shared/scope/default-texts.ts), never one the draft contradicts.
    ...draftTexts(requirements, all),
  };
}

/** The knowledge row's sentence on why the frameworks' days differ, for an item drafted from it (matched by id). */
export function frameworkReason(item: Pick<ScopeItem, 'id'>): string | undefined {
  return WORK_ITEMS.find((rule) => rule.id === item.id)?.why;
}
