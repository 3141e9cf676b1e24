// Scoring: which rules hold for a requirements record, and the per-framework sums of their weights.
// Pure; rules are indexed by every answer they read, so flips can re-score only what one changed answer touches.
import { type Condition, type Rule, RULES } from './knowledge';
import { type AnswerField, type Framework, type Requirements } from './requirements';
import { fieldBit, type Fired, readersOf, READS, WEIGHTS } from './rule-facts';

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
  if (rule.whenAny !== undefined) {
    let any = false;
    for (const c of rule.whenAny) if (conditionHolds(c, requirements[c.field])) any = true;
    if (!any) return false;
  }
  if (rule.unless !== undefined) {
    for (const c of rule.unless) if (conditionHolds(c, requirements[c.field])) return false;
  }
  return true;
}

export function firedRules(requirements: Requirements): Rule[] {
  return RULES.filter((rule) => ruleHolds(rule, requirements));
}

/** The same rules as `firedRules`, as flags. */
export function fire(requirements: Requirements): Fired {
  const fired = new Uint8Array(RULES.length);
  for (let i = 0; i < RULES.length; i++) if (ruleHolds(RULES[i]!, requirements)) fired[i] = 1;
  return fired;
}

export function sumEffects(rules: readonly Rule[]): Scores {
  const scores: Scores = { django: 0, flask: 0, fastapi: 0 };
  for (const rule of rules) {
    scores.django += rule.effects.django ?? 0;
    scores.flask += rule.effects.flask ?? 0;
    scores.fastapi += rule.effects.fastapi ?? 0;
  }
  return scores;
}

/** `sumEffects` of the flagged rules, added in the same (RULES) order. */
export function sumFired(fired: Fired): Scores {
  const scores: Scores = { django: 0, flask: 0, fastapi: 0 };
  for (let i = 0; i < fired.length; i++) if (fired[i] === 1) applyRule(scores, i, 1);
  return scores;
}

export function score(requirements: Requirements): Scores {
  return sumEffects(firedRules(requirements));
}

/** The framework that wins outright (no tie) under these scores, or null. */
export function outrightWinner(django: number, flask: number, fastapi: number): Framework | null {
  if (django > flask && django > fastapi) return 'django';
  if (flask > django && flask > fastapi) return 'flask';
  if (fastapi > django && fastapi > flask) return 'fastapi';
  return null;
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

function applyRule(out: Scores, index: number, sign: number): void {
  const weights = WEIGHTS[index]!;
  out.django += sign * weights.django;
  out.flask += sign * weights.flask;
  out.fastapi += sign * weights.fastapi;
}

/**
 * The scores with one or two answers replaced, re-checking only the rules those answers are read by.
 * `fired` flags the rules that hold for `r` itself.
 */
export function rescore(
  r: Requirements,
  fired: Fired,
  base: Scores,
  f1: AnswerField,
  v1: unknown,
  f2: AnswerField | null = null,
  v2: unknown = undefined,
): Scores {
  const out: Scores = { django: base.django, flask: base.flask, fastapi: base.fastapi };
  for (const i of readersOf(f1)) {
    const after = holdsWith(RULES[i]!, r, f1, v1, f2, v2);
    if (after !== (fired[i] === 1)) applyRule(out, i, after ? 1 : -1);
  }
  if (f2 !== null) {
    const first = fieldBit(f1);
    for (const i of readersOf(f2)) {
      if ((READS[i]! & first) !== 0) continue;
      const after = holdsWith(RULES[i]!, r, f1, v1, f2, v2);
      if (after !== (fired[i] === 1)) applyRule(out, i, after ? 1 : -1);
    }
  }
  return out;
}

/** The fired flags after changing one answer (`next` holds the change): re-checked only where that answer is read. */
export function refire(fired: Fired, next: Requirements, changed: AnswerField): Fired {
  const out = fired.slice();
  for (const i of readersOf(changed)) out[i] = ruleHolds(RULES[i]!, next) ? 1 : 0;
  return out;
}
