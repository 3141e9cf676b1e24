// Comparing two revisions: which answers and which of the assessment's own fields changed, in words, and how the
// recommendation moved. Pure.
import type { AssessmentFields } from './assessment';
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

/** The assessment's own fields a comparison names (the answers and notes are compared on their own). */
export const COMPARED_FIELDS = ['clientName', 'projectTitle', 'consultant', 'status'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export const FIELD_LABELS: Record<ComparedField, string> = { clientName: 'Client', projectTitle: 'Project title', consultant: 'Consultant', status: 'Status' };
const STATUS_WORDS: Record<AssessmentFields['status'], string> = { draft: 'Draft', final: 'Final', sent: 'Sent' };

export interface FieldDifference {
  field: ComparedField;
  label: string;
  from: string;
  to: string;
}

export function describeField(field: ComparedField, fields: AssessmentFields): string {
  if (field === 'status') return STATUS_WORDS[fields.status];
  return fields[field].trim() === '' ? '(blank)' : fields[field];
}

export function fieldDifferences(before: AssessmentFields, after: AssessmentFields): FieldDifference[] {
  return COMPARED_FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    label: FIELD_LABELS[field],
    from: describeField(field, before),
    to: describeField(field, after),
  }));
}
