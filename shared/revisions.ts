// Comparing two revisions: which answers and which of the assessment's own fields changed, in words, how the
// recommendation moved, and how the scope and its price moved (items added, removed, re-estimated; each option's
// total). Pure.
import type { AssessmentFields } from './assessment';
import type { Framework, Requirements } from './engine/requirements';
import { ANSWER_FIELDS, describeAnswer, questionLabel } from './engine/requirements';
import { type Estimate, estimateScope } from './scope/estimate';
import { daysFor } from './scope/item-days';
import { recommendedTierOf, type Scope, type ScopeItem } from './scope/schema';

export interface AnswerDifference {
  field: string;
  label: string;
  from: string;
  to: string;
}

export function answerDifferences(before: Requirements, after: Requirements): AnswerDifference[] {
  const out: AnswerDifference[] = [];
  for (const field of ANSWER_FIELDS) {
    if (before[field] === after[field]) continue;
    out.push({ field, label: questionLabel(field), from: describeAnswer(field, before[field]), to: describeAnswer(field, after[field]) });
  }
  return out;
}

/** The assessment's own fields a comparison names (the answers and notes are compared on their own). */
export const COMPARED_FIELDS = ['clientName', 'clientContactName', 'clientContactRole', 'clientContactEmail', 'projectTitle', 'consultant', 'status'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export const FIELD_LABELS: Record<ComparedField, string> = {
  clientName: 'Client',
  clientContactName: 'Contact person',
  clientContactRole: 'Contact role',
  clientContactEmail: 'Contact e-mail',
  projectTitle: 'Project title',
  consultant: 'Consultant',
  status: 'Status',
};
const STATUS_WORDS: Record<AssessmentFields['status'], string> = {
  draft: 'Draft',
  final: 'Final',
  sent: 'Sent',
  accepted: 'Accepted',
  declined: 'Declined',
  expired: 'Expired',
};

export interface FieldDifference {
  field: ComparedField;
  label: string;
  from: string;
  to: string;
}

export function describeField(field: ComparedField, fields: AssessmentFields): string {
  if (field === 'status') return STATUS_WORDS[fields.status];
  const text = fields[field] ?? '';
  return text.trim() === '' ? '(blank)' : text;
}

/** A compared field's value, an absent optional one (the client's contact) as empty. */
export function comparedValue(field: ComparedField, fields: AssessmentFields): string {
  return fields[field] ?? '';
}

export function fieldDifferences(before: AssessmentFields, after: AssessmentFields): FieldDifference[] {
  return COMPARED_FIELDS.filter((field) => comparedValue(field, before) !== comparedValue(field, after)).map((field) => ({
    field,
    label: FIELD_LABELS[field],
    from: describeField(field, before),
    to: describeField(field, after),
  }));
}

/** One work item as a comparison names it: its title and phase, and its days for the framework priced. */
export interface ComparedItem {
  id: string;
  title: string;
  phase: string;
  low: number;
  likely: number;
  high: number;
}

/** An option's (tier's) total in each revision, minor units; null where that revision has no such tier or no scope. */
export interface ComparedTier {
  tier: number;
  name: string;
  from: number | null;
  to: number | null;
}

/** How the scope and its price moved between two revisions: items added, removed, re-estimated, and each option's total. */
export interface ScopeComparison {
  currency: string;
  added: ComparedItem[];
  removed: ComparedItem[];
  /** Items whose low, likely or high days changed (for the framework each revision prices). */
  reestimated: { from: ComparedItem; to: ComparedItem }[];
  /** Items in both whose title, phase, option or add-on/deferred flag changed: their title now. */
  changed: string[];
  tiers: ComparedTier[];
  /** The recommended option's total in each revision (recommendedTierOf), null without a scope. */
  total: { from: number | null; to: number | null };
}

/** What a revision's scope is priced as: its scope, the framework it recommended and the team size it answered. */
export interface PricedScope {
  scope: Scope | null | undefined;
  framework: Framework;
  requirements: Requirements;
}

function comparedItem(item: ScopeItem, framework: Framework): ComparedItem {
  const days = daysFor(item, framework);
  return { id: item.id, title: item.title, phase: item.phase, ...days };
}

function estimateOf(side: PricedScope): Estimate | null {
  if (side.scope === null || side.scope === undefined) return null;
  const teamSize = side.requirements.teamSize;
  return estimateScope(side.scope, { framework: side.framework, ...(typeof teamSize === 'number' ? { teamSize } : {}) });
}

/** The scope's differences between two revisions; null when neither has a scope. */
export function scopeDifferences(before: PricedScope, after: PricedScope): ScopeComparison | null {
  const a = before.scope ?? null;
  const b = after.scope ?? null;
  if (a === null && b === null) return null;
  const beforeItems = new Map((a?.items ?? []).map((item) => [item.id, item]));
  const afterItems = new Map((b?.items ?? []).map((item) => [item.id, item]));
  const added = [...afterItems.values()].filter((item) => !beforeItems.has(item.id)).map((item) => comparedItem(item, after.framework));
  const removed = [...beforeItems.values()].filter((item) => !afterItems.has(item.id)).map((item) => comparedItem(item, before.framework));
  const reestimated: ScopeComparison['reestimated'] = [];
  const changed: string[] = [];
  for (const [id, then] of beforeItems) {
    const now = afterItems.get(id);
    if (now === undefined) continue;
    const from = comparedItem(then, before.framework);
    const to = comparedItem(now, after.framework);
    if (from.low !== to.low || from.likely !== to.likely || from.high !== to.high) reestimated.push({ from, to });
    const flags = (item: ScopeItem): string => `${item.tier ?? 1}|${item.optional === true}|${item.deferred === true}`;
    if (then.title !== now.title || then.phase !== now.phase || flags(then) !== flags(now)) changed.push(now.title);
  }
  const ea = estimateOf(before);
  const eb = estimateOf(after);
  const count = Math.max(ea?.tiers.length ?? 0, eb?.tiers.length ?? 0);
  const tiers: ComparedTier[] = Array.from({ length: count }, (_, i) => ({
    tier: i + 1,
    name: eb?.tiers[i]?.name ?? ea?.tiers[i]?.name ?? `Tier ${i + 1}`,
    from: ea?.tiers[i]?.total ?? null,
    to: eb?.tiers[i]?.total ?? null,
  }));
  const recommendedTotal = (scope: Scope | null, estimate: Estimate | null): number | null =>
    scope === null || estimate === null ? null : (estimate.tiers[recommendedTierOf(scope) - 1]?.total ?? null);
  return {
    currency: b?.currency ?? a?.currency ?? 'GBP',
    added,
    removed,
    reestimated,
    changed,
    tiers,
    total: { from: recommendedTotal(a, ea), to: recommendedTotal(b, eb) },
  };
}
