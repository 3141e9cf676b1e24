// Contradictions: answers that cannot all be true of one project, as data (the answers involved and the sentence that
// asks which is wrong, as messages in messages/engine/). Pure; recommend() lists them and confidence.ts lowers the
// confidence one step when any holds.
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import type { Condition } from './knowledge';
import type { AnswerField, Requirements } from './requirements';
import { type Answers, positionOf } from './rule-facts';
import { conditionHolds } from './score';
import { listAnd, numberLocale, say } from './sentences';

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
  /** The sentence in `language`, given the answers that hold among `with` (their fields, in that order). */
  text: (held: readonly AnswerField[], r: Requirements, language: ProposalLanguage) => string;
}

const BIG_TEAM = 8;

const PARTS: Partial<Record<AnswerField, (r: Requirements, language: ProposalLanguage) => string>> = {
  auth: (_, language) => say(m.engine_contradiction_part_auth, language),
  dataModel: (_, language) => say(m.engine_contradiction_part_data_model, language),
  teamSize: (r, language) =>
    m.engine_contradiction_part_team_size({ count: (r.teamSize ?? BIG_TEAM).toLocaleString(numberLocale(language)) }, { locale: language }),
  adminPanel: (_, language) => say(m.engine_contradiction_part_admin_panel, language),
  regulatedData: (_, language) => say(m.engine_contradiction_part_regulated_data, language),
};

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
    text: (held, r, language) =>
      m.engine_contradiction_demo_with_product_needs(
        {
          parts: listAnd(
            held.map((f) => PARTS[f]!(r, language)),
            language,
          ),
        },
        { locale: language },
      ),
  },
  {
    id: 'accounts-without-data',
    when: [{ field: 'dataModel', is: ['none'] }],
    with: [
      { field: 'auth', is: ['basic', 'roles'] },
      { field: 'adminPanel', is: [true] },
    ],
    text: (held, _, language) =>
      say(
        held.length > 1
          ? m.engine_contradiction_accounts_without_data_both
          : held.includes('auth')
            ? m.engine_contradiction_accounts_without_data_auth
            : m.engine_contradiction_accounts_without_data_admin,
        language,
      ),
  },
  {
    id: 'audit-without-sign-in',
    when: [{ field: 'regulatedData', is: [true] }],
    with: [{ field: 'auth', is: ['none'] }],
    text: (_, __, language) => say(m.engine_contradiction_audit_without_sign_in, language),
  },
  {
    id: 'extending-nothing',
    when: [{ field: 'extendingExisting', is: [true] }],
    with: [{ field: 'existingFramework', is: ['none'] }],
    text: (_, __, language) => say(m.engine_contradiction_extending_nothing, language),
  },
  {
    id: 'microservice-monolith',
    when: [{ field: 'projectKind', is: ['microservice'] }],
    with: [{ field: 'architecture', is: ['monolith'] }],
    text: (_, __, language) => say(m.engine_contradiction_microservice_monolith, language),
  },
];

/** The contradictions among these answers, in table order, written in `language`; empty when the answers fit together. */
export function findContradictions(requirements: Requirements, language: ProposalLanguage = 'en'): Contradiction[] {
  const found: Contradiction[] = [];
  for (const rule of CONTRADICTIONS) {
    if (!rule.when.every((c) => conditionHolds(c, requirements[c.field]))) continue;
    const held = rule.with.filter((c) => conditionHolds(c, requirements[c.field])).map((c) => c.field);
    if (held.length === 0) continue;
    found.push({ fields: [...rule.when.map((c) => c.field), ...held], text: rule.text(held, requirements, language) });
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

/**
 * A stored contradiction (of this or an older engine) in `language`: the rule is known by the fields it names (those
 * of `when`, then those of `with` that held), the team size read from the answers. Unknown: its stored text.
 */
export function contradictionText(contradiction: Contradiction, requirements: Requirements, language: ProposalLanguage): string {
  for (const rule of CONTRADICTIONS) {
    const head = rule.when.map((c) => c.field);
    const held = contradiction.fields.slice(head.length);
    if (head.some((f, i) => contradiction.fields[i] !== f) || held.length === 0) continue;
    if (!held.every((f) => rule.with.some((c) => c.field === f))) continue;
    const english = rule.text(held, requirements, 'en');
    return english === contradiction.text ? rule.text(held, requirements, language) : contradiction.text;
  }
  return contradiction.text;
}
