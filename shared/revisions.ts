// Comparing two revisions: which answers changed, in words, and how the recommendation moved. Pure.
import type { Requirements } from './engine/requirements';
import { ANSWER_FIELDS, describeAnswer, questionLabel } from './engine/requirements';

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
