// Scoring: which rules hold for a requirements record, and the per-framework sums of their weights.
// Pure; rules are indexed by every answer they read, so flips can re-score only what one changed answer touches.
import { RULES, type Condition, type Rule } from './knowledge';
import { FRAMEWORKS, type AnswerField, type Framework, type Requirements } from './requirements';

export type Scores = Record<Framework, number>;

export function conditionHolds(condition: Condition, value: unknown): boolean {
  if (value === undefined) return false;
  if ('is' in condition) return condition.is.includes(value as string | boolean);
  if (typeof value !== 'number') return false;
  if (condition.atLeast !== undefined && value < condition.atLeast) return false;
  if (condition.atMost !== undefined && value > condition.atMost) return false;
  return true;
}

export function ruleHolds(rule: Rule, requirements: Requirements): boolean {
  for (const c of rule.when) if (!conditionHolds(c, requirements[c.field])) return false;
  if (rule.whenAny !== undefined && !rule.whenAny.some((c) => conditionHolds(c, requirements[c.field]))) return false;
  if (rule.unless !== undefined && rule.unless.some((c) => conditionHolds(c, requirements[c.field]))) return false;
  return true;
}

/** Every answer a rule reads, in any of its condition lists. */
export function fieldsOf(rule: Rule): AnswerField[] {
  const fields = [...rule.when, ...(rule.whenAny ?? []), ...(rule.unless ?? [])].map((c) => c.field);
  return fields.filter((f, i) => fields.indexOf(f) === i);
}

const rulesByField = new Map<AnswerField, Rule[]>();
for (const rule of RULES) {
  for (const field of fieldsOf(rule)) {
    const list = rulesByField.get(field) ?? [];
    list.push(rule);
    rulesByField.set(field, list);
  }
}

/** The rules whose outcome can change when this answer changes. */
export function rulesReading(field: AnswerField): readonly Rule[] {
  return rulesByField.get(field) ?? [];
}

export function isWeighted(rule: Rule): boolean {
  return FRAMEWORKS.some((f) => (rule.effects[f] ?? 0) !== 0);
}

export function firedRules(requirements: Requirements): Rule[] {
  return RULES.filter((rule) => ruleHolds(rule, requirements));
}

export function sumEffects(rules: readonly Rule[]): Scores {
  const scores: Scores = { django: 0, flask: 0, fastapi: 0 };
  for (const rule of rules) for (const framework of FRAMEWORKS) scores[framework] += rule.effects[framework] ?? 0;
  return scores;
}

export function score(requirements: Requirements): Scores {
  return sumEffects(firedRules(requirements));
}

/**
 * The scores after changing some answers, re-checking only the rules those answers are read by.
 * `next` must be `current` with exactly the changed fields replaced.
 */
export function rescore(current: Requirements, base: Scores, next: Requirements, changed: readonly AnswerField[]): Scores {
  const out = { ...base };
  const seen = new Set<Rule>();
  for (const field of changed) {
    for (const rule of rulesReading(field)) {
      if (seen.has(rule)) continue;
      seen.add(rule);
      const before = ruleHolds(rule, current);
      const after = ruleHolds(rule, next);
      if (before === after) continue;
      const sign = after ? 1 : -1;
      for (const framework of FRAMEWORKS) out[framework] += sign * (rule.effects[framework] ?? 0);
    }
  }
  return out;
}
