// The answers a question could take, for "what if" searches: every option, or one value per band of a number
// that the rules tell apart. Pure; used by flips.ts and open-questions.ts.
import { RULES } from './knowledge';
import { type AnswerField, QUESTIONS } from './requirements';

export type AnswerValue = string | number | boolean;

/**
 * Answers a what-if may never change: they define the project rather than describe it (what is built, including the
 * machine-learning work it exists for, what runs today and whether the work extends it).
 */
export const FIXED_FIELDS: readonly AnswerField[] = ['projectKind', 'mlWork', 'existingFramework', 'extendingExisting'];
/** The answers a what-if may change, in question order. */
export const CHANGEABLE_FIELDS: readonly AnswerField[] = QUESTIONS.map((q) => q.field).filter((f) => !FIXED_FIELDS.includes(f));

/** Where each band of an integer question starts, lowest first (the question's minimum is the first). */
function bandStarts(field: AnswerField, min: number, max: number): number[] {
  const starts = new Set<number>([min]);
  for (const rule of RULES) {
    for (const c of [...rule.when, ...(rule.whenAny ?? []), ...(rule.unless ?? [])]) {
      if (c.field !== field || 'is' in c) continue;
      if (c.atLeast !== undefined) starts.add(c.atLeast);
      if (c.atMost !== undefined) starts.add(c.atMost + 1);
    }
  }
  return [...starts].filter((v) => v >= min && v <= max).sort((a, b) => a - b);
}

const bandCache = new Map<AnswerField, number[]>();
function bands(field: AnswerField, min: number, max: number): number[] {
  let found = bandCache.get(field);
  if (found === undefined) {
    found = bandStarts(field, min, max);
    bandCache.set(field, found);
  }
  return found;
}

const QUESTION_BY_FIELD = new Map(QUESTIONS.map((q) => [q.field, q]));

/**
 * The values worth trying for a question. For numbers: from an answered value, the nearest value of each other band
 * ("from 3 to 5", not "to 1000"); for an open question, the lowest value of each band.
 */
export function possibleAnswers(field: AnswerField, current: unknown): AnswerValue[] {
  const question = QUESTION_BY_FIELD.get(field);
  if (question === undefined) return [];
  if (question.kind === 'boolean') return [true, false].filter((v) => v !== current);
  if (question.kind === 'choice') return question.options.map((o) => o.value).filter((v) => v !== current);
  const starts = bands(field, question.min, question.max);
  if (starts.length < 2) return [];
  const out: number[] = [];
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : question.max;
    if (typeof current !== 'number') out.push(start);
    else if (current < start) out.push(start);
    else if (current > end) out.push(end);
  });
  return out;
}

/**
 * Answers a what-if never proposes: a client does not make an architecture "unusual" to get another framework, so a
 * change towards it is no flip and no reason to doubt a result (an open question may still be answered so).
 */
const NEVER_PROPOSED: Partial<Record<AnswerField, readonly AnswerValue[]>> = { architecture: ['unconventional'] };

/** The values a what-if may change an answered or open question to: `possibleAnswers` without those never proposed. */
export function plausibleAnswers(field: AnswerField, current: unknown): AnswerValue[] {
  const never = NEVER_PROPOSED[field];
  const all = possibleAnswers(field, current);
  return never === undefined ? all : all.filter((v) => !never.includes(v));
}

/** Ordered answers whose neighbours are near changes ("relational" to "complex" is a smaller step than to "none"). */
const ORDINAL: Partial<Record<AnswerField, readonly AnswerValue[]>> = {
  auth: ['none', 'basic', 'roles'],
  dataModel: ['none', 'simple', 'relational', 'complex'],
  teamExperience: ['beginner', 'mixed', 'senior'],
  lifetime: ['hours', 'weeks', 'months', 'years'],
  concurrency: ['typical', 'high-async', 'realtime'],
  teamTurnover: ['low', 'high'],
};

/** How far-fetched a changed answer is: settling an open question is nearest, a neighbouring value next, a reversal last. */
export function changeDistance(field: AnswerField, from: unknown, to: unknown): number {
  if (from === undefined || from === null) return 1;
  const scale = ORDINAL[field];
  if (scale !== undefined) return 1 + Math.abs(scale.indexOf(to as AnswerValue) - scale.indexOf(from as AnswerValue));
  if (typeof from === 'number' && typeof to === 'number') return 2;
  return 3;
}
