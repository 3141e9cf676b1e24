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

/** A rule's outcome with up to two answers replaced, without copying the record. */
function holdsWith(rule: Rule, r: Requirements, f1: AnswerField, v1: unknown, f2: AnswerField | null, v2: unknown): boolean {
  for (const c of rule.when) if (!conditionHolds(c, c.field === f1 ? v1 : c.field === f2 ? v2 : r[c.field])) return false;
  if (rule.whenAny !== undefined) {
    let any = false;
    for (const c of rule.whenAny) if (conditionHolds(c, c.field === f1 ? v1 : c.field === f2 ? v2 : r[c.field])) any = true;
    if (!any) return false;
  }
  if (rule.unless !== undefined) {
    for (const c of rule.unless) if (conditionHolds(c, c.field === f1 ? v1 : c.field === f2 ? v2 : r[c.field])) return false;
  }
  return true;
}

function applyRule(out: Scores, rule: Rule, sign: number): void {
  out.django += sign * (rule.effects.django ?? 0);
  out.flask += sign * (rule.effects.flask ?? 0);
  out.fastapi += sign * (rule.effects.fastapi ?? 0);
}

/**
 * The scores with one or two answers replaced, re-checking only the rules those answers are read by.
 * `firedNow` is the set of rules that hold for `r` itself.
 */
export function rescore(
  r: Requirements,
  firedNow: ReadonlySet<Rule>,
  base: Scores,
  f1: AnswerField,
  v1: unknown,
  f2: AnswerField | null = null,
  v2: unknown = undefined,
): Scores {
  const out = { ...base };
  for (const rule of rulesReading(f1)) {
    const after = holdsWith(rule, r, f1, v1, f2, v2);
    if (after !== firedNow.has(rule)) applyRule(out, rule, after ? 1 : -1);
  }
  if (f2 !== null) {
    for (const rule of rulesReading(f2)) {
      if (rulesReading(f1).includes(rule)) continue;
      const after = holdsWith(rule, r, f1, v1, f2, v2);
      if (after !== firedNow.has(rule)) applyRule(out, rule, after ? 1 : -1);
    }
  }
  return out;
}

/** The fired rules after changing some answers: `fired` re-checked only where the changed answers are read. */
export function refire(fired: readonly Rule[], next: Requirements, changed: readonly AnswerField[]): Rule[] {
  const touched = new Set<Rule>();
  for (const field of changed) for (const rule of rulesReading(field)) touched.add(rule);
  const out = fired.filter((rule) => !touched.has(rule) || ruleHolds(rule, next));
  for (const rule of touched) if (!fired.includes(rule) && ruleHolds(rule, next)) out.push(rule);
  return out;
}
