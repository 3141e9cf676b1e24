// Project context: the usual scoping topics (budget, date, hosting, integrations, personal data, mobile, languages).
// Recorded in the requirements record, shown in the proposal and used to draft the scope; no rule reads them, so they
// move no framework score and never change the confidence (shared/engine/knowledge.ts conditions on answer fields only).
import { z } from 'zod';

import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { CONTEXT_TEXT, say } from './sentences';

/** An answer as text: a string, number or boolean as written; anything else (never valid here) as JSON, not "[object Object]". */
export function answerText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

export const BUDGET_RANGES = ['under-25k', '25k-75k', '75k-200k', 'over-200k', 'not-set'] as const;
export const HOSTING_PREFERENCES = ['no-preference', 'public-cloud', 'eu-cloud', 'on-premises', 'client-provider'] as const;
export const MOBILE_NEEDS = ['not-needed', 'responsive', 'native-app'] as const;
export const CONTEXT_LIST_MAX = 20;
export const CONTEXT_ITEM_MAX = 80;

const shortList = z.array(z.string().trim().min(1).max(CONTEXT_ITEM_MAX)).max(CONTEXT_LIST_MAX);

/** The context fields of the requirements record (all optional, like every field there). */
export const projectContextShape = {
  budgetRange: z.enum(BUDGET_RANGES),
  /** ISO date, YYYY-MM-DD. */
  targetDate: z.iso.date(),
  hosting: z.enum(HOSTING_PREFERENCES),
  integrations: shortList,
  personalData: z.boolean(),
  /** Which personal data, in the client's words (e.g. "names, emails, health records"). */
  personalDataKinds: z.string().max(500),
  mobile: z.enum(MOBILE_NEEDS),
  languages: shortList,
};

export type ContextField = keyof typeof projectContextShape;
export const CONTEXT_FIELDS = Object.keys(projectContextShape) as ContextField[];

export type ContextQuestion =
  | { field: ContextField; kind: 'choice'; label: string; help: string; options: readonly { value: string; label: string }[] }
  | { field: ContextField; kind: 'boolean' | 'date' | 'list' | 'text'; label: string; help: string };

/** The context questions as data, in the order a consultant asks them; their words are messages (sentences.ts). */
const CONTEXT_ROWS: readonly { field: ContextField; kind: ContextQuestion['kind']; values?: readonly string[] }[] = [
  { field: 'budgetRange', kind: 'choice', values: BUDGET_RANGES },
  { field: 'targetDate', kind: 'date' },
  { field: 'hosting', kind: 'choice', values: HOSTING_PREFERENCES },
  { field: 'integrations', kind: 'list' },
  { field: 'personalData', kind: 'boolean' },
  { field: 'personalDataKinds', kind: 'text' },
  { field: 'mobile', kind: 'choice', values: MOBILE_NEEDS },
  { field: 'languages', kind: 'list' },
];

const CONTEXT_IN = new Map<ProposalLanguage, readonly ContextQuestion[]>();

/** The context questions with their labels, help lines and option labels in `language`. */
export function contextQuestionsIn(language: ProposalLanguage): readonly ContextQuestion[] {
  let questions = CONTEXT_IN.get(language);
  if (questions === undefined) {
    questions = CONTEXT_ROWS.map(({ field, kind, values }): ContextQuestion => {
      const text = CONTEXT_TEXT[field];
      const words = { label: say(text.label, language), help: say(text.help, language) };
      if (kind === 'choice') return { field, kind, ...words, options: (values ?? []).map((value) => ({ value, label: say(text.options![value]!, language) })) };
      return { field, kind, ...words };
    });
    CONTEXT_IN.set(language, questions);
  }
  return questions;
}

/** In the order a consultant asks them, in English; labels are what the client reads in the workshop and the proposal. */
export const CONTEXT_QUESTIONS: readonly ContextQuestion[] = contextQuestionsIn('en');

/** Words a client reads for a context answer; undefined when it was not given. */
export function describeContext(field: ContextField, value: unknown, language: ProposalLanguage = 'en'): string | undefined {
  const question = contextQuestionsIn(language).find((q) => q.field === field);
  if (value === undefined || question === undefined) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.join(', ');
  if (question.kind === 'boolean') return say(value === true ? m.engine_answer_yes : m.engine_answer_no, language);
  if (question.kind === 'choice') return question.options.find((o) => o.value === value)?.label ?? answerText(value);
  const text = answerText(value).trim();
  return text === '' ? undefined : text;
}

/** Splits a typed list ("Stripe, Mailchimp") into its items: trimmed, blanks and repeats dropped, within the limits. */
export function parseContextList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const item = raw.trim().slice(0, CONTEXT_ITEM_MAX);
    if (item === '' || seen.has(item.toLowerCase())) continue;
    seen.add(item.toLowerCase());
    out.push(item);
  }
  return out.slice(0, CONTEXT_LIST_MAX);
}
