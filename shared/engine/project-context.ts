// Project context: the usual scoping topics (budget, date, hosting, integrations, personal data, mobile, languages).
// Recorded in the requirements record, shown in the proposal and used to draft the scope; no rule reads them, so they
// move no framework score and never change the confidence (shared/engine/knowledge.ts conditions on answer fields only).
import { z } from 'zod';

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

/** In the order a consultant asks them; labels are what the client reads in the workshop and the proposal. */
export const CONTEXT_QUESTIONS: readonly ContextQuestion[] = [
  {
    field: 'budgetRange',
    kind: 'choice',
    label: 'Roughly what budget do you have in mind?',
    help: 'A range is enough; it shapes which options the proposal offers.',
    options: [
      { value: 'under-25k', label: 'Under 25,000' },
      { value: '25k-75k', label: '25,000 to 75,000' },
      { value: '75k-200k', label: '75,000 to 200,000' },
      { value: 'over-200k', label: 'Over 200,000' },
      { value: 'not-set', label: 'Not decided yet' },
    ],
  },
  { field: 'targetDate', kind: 'date', label: 'When should it be live?', help: 'The date you are aiming for, if there is one.' },
  {
    field: 'hosting',
    kind: 'choice',
    label: 'Where should it run?',
    help: 'Hosting preference: any provider, a public cloud, a cloud inside the EU, your own servers, or a provider you already use.',
    options: [
      { value: 'no-preference', label: 'No preference' },
      { value: 'public-cloud', label: 'A public cloud' },
      { value: 'eu-cloud', label: 'A cloud inside the EU' },
      { value: 'on-premises', label: 'On our own servers' },
      { value: 'client-provider', label: 'With a provider we already use' },
    ],
  },
  {
    field: 'integrations',
    kind: 'list',
    label: 'Which other systems must it talk to?',
    help: 'Integrations, separated by commas (e.g. "Stripe, Mailchimp, our CRM"); each becomes an item in the scope.',
  },
  {
    field: 'personalData',
    kind: 'boolean',
    label: 'Will it store personal information about people?',
    help: 'Personal data in the GDPR sense: names, emails, addresses, health or payment details.',
  },
  { field: 'personalDataKinds', kind: 'text', label: 'Which personal information?', help: 'In your own words, e.g. "volunteers\' names, phone numbers".' },
  {
    field: 'mobile',
    kind: 'choice',
    label: 'Will people use it on their phones?',
    help: 'Mobile: not needed, pages that adapt to small screens (responsive), or an app from the app stores (native).',
    options: [
      { value: 'not-needed', label: 'Not really' },
      { value: 'responsive', label: 'Yes, in the phone\u2019s browser' },
      { value: 'native-app', label: 'Yes, as an app from the app store' },
    ],
  },
  {
    field: 'languages',
    kind: 'list',
    label: 'In which languages?',
    help: 'Languages of the interface, separated by commas; more than one means translation support (i18n).',
  },
];

/** Words a client reads for a context answer; undefined when it was not given. */
export function describeContext(field: ContextField, value: unknown): string | undefined {
  const question = CONTEXT_QUESTIONS.find((q) => q.field === field);
  if (value === undefined || question === undefined) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.join(', ');
  if (question.kind === 'boolean') return value === true ? 'Yes' : 'No';
  if (question.kind === 'choice') return question.options.find((o) => o.value === value)?.label ?? String(value);
  const text = String(value).trim();
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
