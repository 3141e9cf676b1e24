// Merging the two sides of a team conflict: this device's fields, with the fields and answers the consultant chose to
// take from the other side; and, given the version both started from, who changed each differing part, so parts only
// the colleague changed are merged without asking. Pure.
import type { AssessmentFields } from './assessment';
import { ANSWER_FIELDS, type AnswerField, describeAnswer, questionLabel } from './engine/requirements';
import { COMPARED_FIELDS, type ComparedField, comparedValue, describeField, FIELD_LABELS } from './revisions';

/** What can be taken from the other side: one of the assessment's own fields, its notes, its scope, or one answer. */
export type MergePart = ComparedField | 'notes' | 'scope' | AnswerField;

/** Which side changed a part since the common ancestor: only this device, only the colleague, or both. */
export type ChangedBy = 'mine' | 'theirs' | 'both';

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => [k, sorted(record[k])]),
  );
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(sorted(a ?? null)) === JSON.stringify(sorted(b ?? null));

function valueOf(fields: AssessmentFields, part: MergePart): unknown {
  if ((COMPARED_FIELDS as readonly string[]).includes(part)) return comparedValue(part as ComparedField, fields);
  if (part === 'notes' || part === 'scope') return fields[part];
  return fields.requirements[part as AnswerField];
}

/** Every part in which the two sides differ, in the order the compare view lists them. */
export function differingParts(mine: AssessmentFields, theirs: AssessmentFields): MergePart[] {
  const parts: MergePart[] = COMPARED_FIELDS.filter((field) => comparedValue(field, mine) !== comparedValue(field, theirs));
  if (mine.notes !== theirs.notes) parts.push('notes');
  if (!same(mine.scope, theirs.scope)) parts.push('scope');
  for (const field of ANSWER_FIELDS) if (mine.requirements[field] !== theirs.requirements[field]) parts.push(field);
  return parts;
}

/** This side's fields with `take` from the other side (an answer the other side left open is left open). */
export function mergeFields(mine: AssessmentFields, theirs: AssessmentFields, take: readonly MergePart[]): AssessmentFields {
  const merged: AssessmentFields = { ...mine, requirements: { ...mine.requirements } };
  const requirements = merged.requirements as Record<string, unknown>;
  for (const part of take) {
    if (part === 'scope') {
      if (theirs.scope === undefined) delete merged.scope;
      else merged.scope = theirs.scope;
    } else if ((COMPARED_FIELDS as readonly string[]).includes(part) || part === 'notes') {
      // A part the other side does not have (no contact person there) is left out here too.
      const value = theirs[part as ComparedField | 'notes'];
      if (value === undefined) delete (merged as unknown as Record<string, unknown>)[part];
      else (merged as unknown as Record<string, unknown>)[part] = value;
    } else if (theirs.requirements[part as AnswerField] === undefined) delete requirements[part];
    else requirements[part] = theirs.requirements[part as AnswerField];
  }
  return merged;
}

/** Who changed each differing part since `base` (the version both sides started from; null when there is none: both). */
export function changedParts(base: AssessmentFields | null, mine: AssessmentFields, theirs: AssessmentFields): { part: MergePart; changedBy: ChangedBy }[] {
  return differingParts(mine, theirs).map((part) => {
    if (base === null) return { part, changedBy: 'both' };
    const b = valueOf(base, part);
    return { part, changedBy: same(valueOf(mine, part), b) ? 'theirs' : same(valueOf(theirs, part), b) ? 'mine' : 'both' };
  });
}

/** The automatic three-way merge: this side with every part only the colleague changed; parts both changed stay as here. */
export function autoMerge(base: AssessmentFields | null, mine: AssessmentFields, theirs: AssessmentFields): { fields: AssessmentFields; taken: MergePart[] } {
  const taken = changedParts(base, mine, theirs)
    .filter((p) => p.changedBy === 'theirs')
    .map((p) => p.part);
  return { fields: mergeFields(mine, theirs, taken), taken };
}

/** A part's name and its value on one side, in the compare view's words. */
export function describePart(part: MergePart, fields: AssessmentFields): { label: string; value: string } {
  if ((COMPARED_FIELDS as readonly string[]).includes(part))
    return { label: FIELD_LABELS[part as ComparedField], value: describeField(part as ComparedField, fields) };
  if (part === 'notes') return { label: 'Notes', value: fields.notes.trim() === '' ? '(blank)' : fields.notes };
  if (part === 'scope') {
    const items = fields.scope?.items.length ?? 0;
    return {
      label: 'Scope',
      value:
        fields.scope == null
          ? '(none)'
          : `${items} work item${items === 1 ? '' : 's'}, ${fields.scope.tiers.length} option${fields.scope.tiers.length === 1 ? '' : 's'}`,
    };
  }
  return { label: questionLabel(part as AnswerField), value: describeAnswer(part as AnswerField, fields.requirements[part as AnswerField]) };
}
