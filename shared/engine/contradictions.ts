// Contradictions: answers that cannot all be true of one project, as data (the answers involved and the sentence that
// asks which is wrong). Pure; recommend() lists them and confidence.ts lowers the confidence one step when any holds.
import type { Condition } from './knowledge';
import type { AnswerField, Requirements } from './requirements';
import { type Answers, positionOf } from './rule-facts';
import { conditionHolds } from './score';

export interface Contradiction {
  fields: AnswerField[];
  text: string;
}

interface ContradictionRule {
  id: string;
  /** Must hold. */
  when: readonly Condition[];
  /** At least one must hold; every one that holds is named among the fields. */
  with: readonly Condition[];
  /** The sentence, given the answers that hold among `with` (their fields, in that order). */
  text: (held: readonly AnswerField[], r: Requirements) => string;
}

const BIG_TEAM = 8;

const PARTS: Partial<Record<AnswerField, (r: Requirements) => string>> = {
  auth: () => 'roles and permissions',
  dataModel: () => 'a complex data model that keeps changing',
  teamSize: (r) => `a team of ${r.teamSize ?? BIG_TEAM} developers`,
  adminPanel: () => 'a back office for staff',
  regulatedData: () => 'audited data',
};

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const CONTRADICTIONS: readonly ContradictionRule[] = [
  {
    id: 'demo-with-product-needs',
    when: [{ field: 'lifetime', is: ['hours'] }],
    with: [
      { field: 'auth', is: ['roles'] },
      { field: 'dataModel', is: ['complex'] },
      { field: 'teamSize', atLeast: BIG_TEAM },
      { field: 'regulatedData', is: [true] },
    ],
    text: (held, r) =>
      `It is meant to run for only a few hours, yet it needs ${joinAnd(held.map((f) => PARTS[f]!(r)))}: nobody builds that for a demo, so one of these answers is probably wrong.`,
  },
  {
    id: 'accounts-without-data',
    when: [{ field: 'dataModel', is: ['none'] }],
    with: [
      { field: 'auth', is: ['basic', 'roles'] },
      { field: 'adminPanel', is: [true] },
    ],
    text: (held) =>
      `${held.includes('auth') ? 'People sign in' : 'Staff manage records in a back office'}${held.length > 1 ? ' and staff use a back office' : ''}, yet it stores nothing: either the accounts and records live in another system (say which), or it does keep data.`,
  },
  {
    id: 'audit-without-sign-in',
    when: [{ field: 'regulatedData', is: [true] }],
    with: [{ field: 'auth', is: ['none'] }],
    text: () => 'An auditor must see who saw or changed the data, yet nobody signs in: without accounts there is no one to record.',
  },
  {
    id: 'extending-nothing',
    when: [{ field: 'extendingExisting', is: [true] }],
    with: [{ field: 'existingFramework', is: ['none'] }],
    text: () => 'The work should be added to software already running, yet none of the three frameworks runs today: which codebase is being extended?',
  },
  {
    id: 'microservice-monolith',
    when: [{ field: 'projectKind', is: ['microservice'] }],
    with: [{ field: 'architecture', is: ['monolith'] }],
    text: () => 'It is one small part of a larger system, yet the answer on its shape is "one system": is it a service of its own, or part of one application?',
  },
];

/** The contradictions among these answers, in table order; empty when the answers fit together. */
export function findContradictions(requirements: Requirements): Contradiction[] {
  const found: Contradiction[] = [];
  for (const rule of CONTRADICTIONS) {
    if (!rule.when.every((c) => conditionHolds(c, requirements[c.field]))) continue;
    const held = rule.with.filter((c) => conditionHolds(c, requirements[c.field])).map((c) => c.field);
    if (held.length === 0) continue;
    found.push({ fields: [...rule.when.map((c) => c.field), ...held], text: rule.text(held, requirements) });
  }
  return found;
}

/** Whether any contradiction holds among answers read by position (the form the what-if searches use). */
export function contradicts(answers: Answers): boolean {
  for (const rule of CONTRADICTIONS) {
    if (rule.when.every((c) => conditionHolds(c, answers[positionOf(c.field)])) && rule.with.some((c) => conditionHolds(c, answers[positionOf(c.field)])))
      return true;
  }
  return false;
}
