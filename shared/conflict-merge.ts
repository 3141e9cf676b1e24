// Merging the two sides of a team conflict: this device's fields, with the fields and answers the consultant chose to
// take from the other side. Pure.
import type { AssessmentFields } from './assessment';
import { ANSWER_FIELDS, type AnswerField } from './engine/requirements';
import { COMPARED_FIELDS, type ComparedField } from './revisions';

/** What can be taken from the other side: one of the assessment's own fields, its notes, or one answer. */
export type MergePart = ComparedField | 'notes' | AnswerField;

/** Every part in which the two sides differ, in the order the compare view lists them. */
export function differingParts(mine: AssessmentFields, theirs: AssessmentFields): MergePart[] {
  const parts: MergePart[] = COMPARED_FIELDS.filter((field) => mine[field] !== theirs[field]);
  if (mine.notes !== theirs.notes) parts.push('notes');
  for (const field of ANSWER_FIELDS) if (mine.requirements[field] !== theirs.requirements[field]) parts.push(field);
  return parts;
}

/** This side's fields with `take` from the other side (an answer the other side left open is left open). */
export function mergeFields(mine: AssessmentFields, theirs: AssessmentFields, take: readonly MergePart[]): AssessmentFields {
  const merged: AssessmentFields = { ...mine, requirements: { ...mine.requirements } };
  const requirements = merged.requirements as Record<string, unknown>;
  for (const part of take) {
    if ((COMPARED_FIELDS as readonly string[]).includes(part) || part === 'notes')
      (merged as unknown as Record<string, unknown>)[part] = theirs[part as ComparedField | 'notes'];
    else if (theirs.requirements[part as AnswerField] === undefined) delete requirements[part];
    else requirements[part] = theirs.requirements[part as AnswerField];
  }
  return merged;
}
