// Facts about each rule that the what-if searches read thousands of times per recommendation, computed once at load
// and indexed by the rule's position in RULES. Derived from knowledge.ts only; no rule is changed or added here.
import { type Condition, type Rule, RULES } from './knowledge';
import { type AnswerField, FRAMEWORKS, QUESTIONS, type Requirements } from './requirements';

/** Which rules hold, one flag (1 or 0) per rule in RULES order: the engine's working form of a fired list. */
export type Fired = Uint8Array;

/**
 * A record's answers by question position (QUESTIONS order), read from the record once. Records differ in which
 * answers they hold, so looking answers up by name in the hot loops is slow; by position it is an array read.
 */
export type Answers = readonly unknown[];

const POSITION = new Map(QUESTIONS.map((q, i) => [q.field, i]));
export function positionOf(field: AnswerField): number {
  return POSITION.get(field)!;
}

export function readAnswers(requirements: Requirements): unknown[] {
  const answers = new Array<unknown>(QUESTIONS.length);
  for (let i = 0; i < QUESTIONS.length; i++) answers[i] = requirements[QUESTIONS[i]!.field];
  return answers;
}

/** Every answer a rule reads, in any of its condition lists. */
export function fieldsOf(rule: Rule): AnswerField[] {
  const fields = [...rule.when, ...(rule.whenAny ?? []), ...(rule.unless ?? [])].map((c) => c.field);
  return fields.filter((f, i) => fields.indexOf(f) === i);
}

export function isWeighted(rule: Rule): boolean {
  return FRAMEWORKS.some((f) => (rule.effects[f] ?? 0) !== 0);
}

/** One bit per question position, so a set of answers is a number: that needs fewer than 32 questions. */
if (QUESTIONS.length > 31) throw new Error(`rule-facts.ts keeps answers as bits of a number and takes at most 31 questions, not ${QUESTIONS.length}`);
export function fieldBit(field: AnswerField): number {
  return 1 << positionOf(field);
}

export function countBits(bits: number): number {
  let n = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) n++;
  return n;
}

/** A condition in one shape for every kind: `is` null for a number range, unset bounds infinite. */
export interface Test {
  at: number;
  is: readonly unknown[] | null;
  atLeast: number;
  atMost: number;
}
function testOf(c: Condition): Test {
  if ('is' in c) return { at: positionOf(c.field), is: c.is, atLeast: -Infinity, atMost: Infinity };
  return { at: positionOf(c.field), is: null, atLeast: c.atLeast ?? -Infinity, atMost: c.atMost ?? Infinity };
}
export interface Checks {
  when: readonly Test[];
  whenAny: readonly Test[] | null;
  unless: readonly Test[] | null;
}
export const CHECKS: readonly Checks[] = RULES.map((rule) => ({
  when: rule.when.map(testOf),
  whenAny: rule.whenAny?.map(testOf) ?? null,
  unless: rule.unless?.map(testOf) ?? null,
}));

/** Each rule's weights as plain numbers (an absent weight is 0). */
export const WEIGHTS = RULES.map((rule) => ({ django: rule.effects.django ?? 0, flask: rule.effects.flask ?? 0, fastapi: rule.effects.fastapi ?? 0 }));
export const WEIGHTED = RULES.map(isWeighted);
/** The answers a rule reads anywhere, and those its `when` list needs, as bits. */
export const READS = RULES.map((rule) => fieldsOf(rule).reduce((bits, f) => bits | fieldBit(f), 0));
export const NEEDS = RULES.map((rule) => rule.when.reduce((bits, c) => bits | fieldBit(c.field), 0));

/** By question position: the positions of the rules whose outcome can change when that answer changes, in RULES order. */
export const READERS: readonly (readonly number[])[] = QUESTIONS.map((_, at) => RULES.flatMap((_rule, i) => ((READS[i]! >> at) & 1 ? [i] : [])));
