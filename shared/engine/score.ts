// Scoring: which rules hold for a requirements record, and the per-framework sums of their weights.
// Pure; rules are indexed by every answer they read, so flips can re-score only what one changed answer touches.
import { type Condition, type Rule, RULES } from './knowledge';
import { type AnswerField, type Framework, type Requirements } from './requirements';
import { type Answers, CHECKS, type Fired, positionOf, readAnswers, READERS, READS, type Test, WEIGHTS } from './rule-facts';

export type Scores = Record<Framework, number>;

export function conditionHolds(condition: Condition, value: unknown): boolean {
  if (value === undefined) return false;
  if ('is' in condition) return condition.is.includes(value as string | boolean);
  if (typeof value !== 'number') return false;
  if (condition.atLeast !== undefined && value < condition.atLeast) return false;
  if (condition.atMost !== undefined && value > condition.atMost) return false;
  return true;
}

/** `conditionHolds` for a condition in its one-shape form (the comparisons are written so that they agree on NaN). */
export function testHolds(test: Test, value: unknown): boolean {
  if (value === undefined) return false;
  if (test.is !== null) return test.is.includes(value);
  if (typeof value !== 'number') return false;
  return !(value < test.atLeast) && !(value > test.atMost);
}

/** The rules that hold for a requirements record, in RULES order (`fire`, as rules). */
export function firedRules(requirements: Requirements): Rule[] {
  const fired = fire(readAnswers(requirements));
  return RULES.filter((_rule, i) => fired[i] === 1);
}

/** The per-framework sums of the weights of the rules that hold for a requirements record. */
export function score(requirements: Requirements): Scores {
  return sumFired(fire(readAnswers(requirements)));
}

/**
 * Whether rule `index` holds, with up to two answers (at positions `at1`, `at2`; -1 for none) replaced, without
 * copying the answers: the outcome its conditions (`conditionHolds`) give on the changed record.
 */
function holdsWith(index: number, answers: Answers, at1: number, v1: unknown, at2: number, v2: unknown): boolean {
  const checks = CHECKS[index]!;
  for (const t of checks.when) if (!testHolds(t, t.at === at1 ? v1 : t.at === at2 ? v2 : answers[t.at])) return false;
  if (checks.whenAny !== null) {
    let any = false;
    for (const t of checks.whenAny) if (testHolds(t, t.at === at1 ? v1 : t.at === at2 ? v2 : answers[t.at])) any = true;
    if (!any) return false;
  }
  if (checks.unless !== null) {
    for (const t of checks.unless) if (testHolds(t, t.at === at1 ? v1 : t.at === at2 ? v2 : answers[t.at])) return false;
  }
  return true;
}

/** The rules that hold for these answers, as flags. */
export function fire(answers: Answers): Fired {
  const fired = new Uint8Array(RULES.length);
  for (let i = 0; i < RULES.length; i++) if (holdsWith(i, answers, -1, undefined, -1, undefined)) fired[i] = 1;
  return fired;
}

/** The per-framework sums of the weights of the flagged rules, added in RULES order. */
export function sumFired(fired: Fired): Scores {
  const scores: Scores = { django: 0, flask: 0, fastapi: 0 };
  for (let i = 0; i < fired.length; i++) if (fired[i] === 1) applyRule(scores, i, 1);
  return scores;
}

/** The framework that wins outright (no tie) under these scores, or null. */
export function outrightWinner(django: number, flask: number, fastapi: number): Framework | null {
  if (django > flask && django > fastapi) return 'django';
  if (flask > django && flask > fastapi) return 'flask';
  if (fastapi > django && fastapi > flask) return 'fastapi';
  return null;
}

/**
 * Whether a change of answers (scores `before` to `after`) is connected to `next` overtaking `current` by the rules:
 * `next` itself gains points and gains on `current`. A change that only takes points from `current` (a lifetime of
 * months instead of years handing the win to FastAPI) says nothing in favour of the framework that would win.
 */
export function favours(before: Scores, after: Scores, current: Framework, next: Framework): boolean {
  return after[next] > before[next] && after[next] - after[current] > before[next] - before[current];
}

function applyRule(out: Scores, index: number, sign: number): void {
  const weights = WEIGHTS[index]!;
  out.django += sign * weights.django;
  out.flask += sign * weights.flask;
  out.fastapi += sign * weights.fastapi;
}

/**
 * The scores with one answer replaced, re-checking only the rules that answer is read by.
 * `fired` flags the rules that hold for `answers` themselves.
 */
export function rescore(answers: Answers, fired: Fired, base: Scores, field: AnswerField, value: unknown): Scores {
  const out: Scores = { django: base.django, flask: base.flask, fastapi: base.fastapi };
  const at = positionOf(field);
  for (const i of READERS[at]!) {
    const after = holdsWith(i, answers, at, value, -1, undefined);
    if (after !== (fired[i] === 1)) applyRule(out, i, after ? 1 : -1);
  }
  return out;
}

/**
 * The scores with two answers replaced, from the scores each change gives alone (`one`, `other`). Only a rule that
 * reads both answers can make the pair differ from the sum of its parts, so only those rules are re-checked; the
 * result equals re-scoring the record with both changes.
 */
export function rescorePair(
  answers: Answers,
  fired: Fired,
  base: Scores,
  f1: AnswerField,
  v1: unknown,
  one: Scores,
  f2: AnswerField,
  v2: unknown,
  other: Scores,
): Scores {
  const out: Scores = {
    django: one.django + other.django - base.django,
    flask: one.flask + other.flask - base.flask,
    fastapi: one.fastapi + other.fastapi - base.fastapi,
  };
  const at1 = positionOf(f1);
  const at2 = positionOf(f2);
  for (const i of READERS[at1]!) {
    if (((READS[i]! >> at2) & 1) === 0) continue;
    // Both changes, minus each alone, plus neither: 0 unless the rule's outcome depends on the pair together.
    const both = holdsWith(i, answers, at1, v1, at2, v2) ? 1 : 0;
    const first = holdsWith(i, answers, at1, v1, -1, undefined) ? 1 : 0;
    const last = holdsWith(i, answers, at2, v2, -1, undefined) ? 1 : 0;
    const sign = both - first - last + fired[i]!;
    if (sign !== 0) applyRule(out, i, sign);
  }
  return out;
}

/** The fired flags after changing one answer (`next` holds the change): re-checked only where that answer is read. */
export function refire(fired: Fired, next: Answers, changed: AnswerField): Fired {
  const out = fired.slice();
  for (const i of READERS[positionOf(changed)]!) out[i] = holdsWith(i, next, -1, undefined, -1, undefined) ? 1 : 0;
  return out;
}
