// Facts about each rule that the what-if searches read thousands of times per recommendation, computed once at load
// and indexed by the rule's position in RULES. Derived from knowledge.ts only; no rule is changed or added here.
import { type Rule, RULES } from './knowledge';
import { type AnswerField, FRAMEWORKS, QUESTIONS } from './requirements';

/** Which rules hold, one flag (1 or 0) per rule in RULES order: the engine's working form of a fired list. */
export type Fired = Uint8Array;

/** Every answer a rule reads, in any of its condition lists. */
export function fieldsOf(rule: Rule): AnswerField[] {
  const fields = [...rule.when, ...(rule.whenAny ?? []), ...(rule.unless ?? [])].map((c) => c.field);
  return fields.filter((f, i) => fields.indexOf(f) === i);
}

export function isWeighted(rule: Rule): boolean {
  return FRAMEWORKS.some((f) => (rule.effects[f] ?? 0) !== 0);
}

/** One bit per question, so a set of answers is a number (there are fewer than 32 questions). */
const FIELD_BIT = new Map(QUESTIONS.map((q, i) => [q.field, 1 << i]));
export function fieldBit(field: AnswerField): number {
  return FIELD_BIT.get(field) ?? 0;
}

export function countBits(bits: number): number {
  let n = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) n++;
  return n;
}

/** Each rule's weights as plain numbers (an absent weight is 0). */
export const WEIGHTS = RULES.map((rule) => ({ django: rule.effects.django ?? 0, flask: rule.effects.flask ?? 0, fastapi: rule.effects.fastapi ?? 0 }));
export const WEIGHTED = RULES.map(isWeighted);
/** The answers a rule reads anywhere, and those its `when` list needs, as bits. */
export const READS = RULES.map((rule) => fieldsOf(rule).reduce((bits, f) => bits | fieldBit(f), 0));
export const NEEDS = RULES.map((rule) => rule.when.reduce((bits, c) => bits | fieldBit(c.field), 0));

const readersByField = new Map<AnswerField, number[]>();
RULES.forEach((rule, i) => {
  for (const field of fieldsOf(rule)) {
    const list = readersByField.get(field) ?? [];
    list.push(i);
    readersByField.set(field, list);
  }
});

/** The positions of the rules whose outcome can change when this answer changes, in RULES order. */
export function readersOf(field: AnswerField): readonly number[] {
  return readersByField.get(field) ?? [];
}
