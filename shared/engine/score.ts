// Scoring: turns requirements into per-framework scores by summing the weights of the rules that hold.
// Pure; rules are compiled once per field so flips can ask "what if this one answer changed" cheaply.
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

const rulesByField = new Map<AnswerField, Rule[]>();
for (const rule of RULES) {
  const list = rulesByField.get(rule.when.field) ?? [];
  list.push(rule);
  rulesByField.set(rule.when.field, list);
}

export function rulesFor(field: AnswerField): readonly Rule[] {
  return rulesByField.get(field) ?? [];
}

/** The score vector one answer contributes on its own (every rule depends on exactly one field). */
export function contribution(field: AnswerField, value: unknown): Scores {
  const scores: Scores = { django: 0, flask: 0, fastapi: 0 };
  for (const rule of rulesFor(field)) {
    if (!conditionHolds(rule.when, value)) continue;
    for (const framework of FRAMEWORKS) scores[framework] += rule.effects[framework] ?? 0;
  }
  return scores;
}

export function firedRules(requirements: Requirements): Rule[] {
  return RULES.filter((rule) => conditionHolds(rule.when, requirements[rule.when.field]));
}

export function score(requirements: Requirements): Scores {
  const scores: Scores = { django: 0, flask: 0, fastapi: 0 };
  for (const rule of firedRules(requirements)) {
    for (const framework of FRAMEWORKS) scores[framework] += rule.effects[framework] ?? 0;
  }
  return scores;
}

/** Best first; ties go to the framework listed first, Django, the guide's default for most projects. */
export function rank(scores: Scores): Framework[] {
  return [...FRAMEWORKS].sort((a, b) => scores[b] - scores[a] || FRAMEWORKS.indexOf(a) - FRAMEWORKS.indexOf(b));
}

export function winner(scores: Scores): Framework {
  let best: Framework = 'django';
  for (const framework of FRAMEWORKS) if (scores[framework] > scores[best]) best = framework;
  return best;
}
