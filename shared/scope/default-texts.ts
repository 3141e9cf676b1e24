// The default assumptions, exclusions and client responsibilities, as rows that say when they apply: a draft takes
// only the lines the answers call for (draftTexts), and the proposal drops a default line the scope contradicts
// (consistentTexts), such as "not included: translation" beside a translation item. Pure data and two functions.
// A line the consultant wrote or edited is never dropped: only the texts below (and the older ones they replace) are.
import type { Requirements } from '../engine/requirements';
import type { Scope, ScopeItem } from './schema';

export type TextKind = 'assumptions' | 'exclusions' | 'clientResponsibilities';

/** What a scope delivers, read from its committed and optional items' titles (deferred items are not delivered). */
export interface Delivers {
  translation: boolean;
  dataMigration: boolean;
  nativeApp: boolean;
  support: boolean;
  content: boolean;
}

interface TextRow {
  kind: TextKind;
  text: string;
  /** Drafted only when the answers call for it (absent: always). */
  when?: (r: Requirements) => boolean;
  /** Dropped from the proposal when the scope or the answers say otherwise. */
  contradicted?: (d: Delivers, r: Requirements) => boolean;
}

const integrates = (r: Requirements): boolean => (r.integrations ?? []).length > 0;
const existing = (r: Requirements): boolean => (r.existingFramework !== undefined && r.existingFramework !== 'none') || integrates(r);
const hostedByUs = (r: Requirements): boolean => r.hosting !== 'on-premises' && r.hosting !== 'client-provider';

export const TEXT_ROWS: readonly TextRow[] = [
  { kind: 'assumptions', text: 'Days are working days of one person; each item\u2019s expected days are (low + 4 \u00D7 likely + high) / 6.' },
  { kind: 'assumptions', text: 'The client gives feedback on each delivery within two working days.' },
  {
    kind: 'assumptions',
    text: 'Third-party services the product uses offer documented APIs and test accounts.',
    when: integrates,
    contradicted: (_, r) => !integrates(r),
  },
  {
    kind: 'assumptions',
    text: 'The product is hosted with a mainstream cloud provider chosen together at the start.',
    when: hostedByUs,
    contradicted: (_, r) => !hostedByUs(r),
  },
  {
    kind: 'assumptions',
    text: 'The product runs on infrastructure the client provides and operates, with access for our team from the start.',
    when: (r) => !hostedByUs(r),
    contradicted: (_, r) => hostedByUs(r),
  },
  { kind: 'exclusions', text: 'Native mobile apps.', contradicted: (d) => d.nativeApp },
  { kind: 'exclusions', text: 'Writing the product\u2019s content.', contradicted: (d) => d.content },
  { kind: 'exclusions', text: 'Translating content into other languages.', contradicted: (d, r) => d.translation || (r.languages ?? []).length > 1 },
  { kind: 'exclusions', text: 'Moving or entering existing data.', contradicted: (d) => d.dataMigration },
  { kind: 'exclusions', text: 'Hosting and third-party service fees, billed to the client directly.' },
  { kind: 'exclusions', text: 'Support and maintenance after launch, quoted separately.', contradicted: (d) => d.support },
  { kind: 'clientResponsibilities', text: 'Name one product owner who can make decisions and attend reviews.' },
  { kind: 'clientResponsibilities', text: 'Provide content, brand assets and realistic test data on time.' },
  {
    kind: 'clientResponsibilities',
    text: 'Give access to existing systems, accounts and documentation the work depends on.',
    when: existing,
    contradicted: (_, r) => r.existingFramework === 'none' && !integrates(r),
  },
  { kind: 'clientResponsibilities', text: 'Run acceptance testing and sign off each release.' },
];

/**
 * Earlier drafts' lines, now split into rows above: each is replaced by the rows it covered that the scope does not
 * contradict (so "Writing content, translating it and entering existing data." beside a translation item prints as
 * "Writing the product's content." and "Moving or entering existing data.").
 */
const SUPERSEDED: Readonly<Record<string, readonly string[]>> = {
  'Writing content, translating it and entering existing data.': [
    'Writing the product\u2019s content.',
    'Translating content into other languages.',
    'Moving or entering existing data.',
  ],
};

const TRANSLATION = /translat|i18n|locali[sz]|multilingual|übersetz|แปล/i;
const MIGRATION = /migrat|data import|import(ing)? (of )?(the )?(existing|legacy|old)|existing data|legacy data|datenübernahme|ย้ายข้อมูล/i;
const NATIVE_APP = /(?<!for an? )\b(native|ios|android|mobile|store) apps?\b/i;
const SUPPORT = /support|maintenance|warranty|retainer|\bsla\b/i;
const CONTENT = /copywrit|content writing|writing (the )?content|content creation/i;

/** What the scope's items deliver (committed or optional, not deferred), by their titles. */
export function deliveredBy(items: readonly Pick<ScopeItem, 'id' | 'title' | 'deferred'>[]): Delivers {
  const texts = items.filter((i) => i.deferred !== true).map((i) => i.title);
  const any = (pattern: RegExp): boolean => texts.some((t) => pattern.test(t));
  return { translation: any(TRANSLATION), dataMigration: any(MIGRATION), nativeApp: any(NATIVE_APP), support: any(SUPPORT), content: any(CONTENT) };
}

/** The default texts a draft starts with, for these answers and the draft's items: never one they contradict. */
export function draftTexts(requirements: Requirements, items: readonly Pick<ScopeItem, 'id' | 'title' | 'deferred'>[] = []): Record<TextKind, string[]> {
  const delivers = deliveredBy(items);
  const applies = (row: TextRow): boolean => (row.when?.(requirements) ?? true) && row.contradicted?.(delivers, requirements) !== true;
  const of = (kind: TextKind): string[] => TEXT_ROWS.filter((row) => row.kind === kind && applies(row)).map((row) => row.text);
  return { assumptions: of('assumptions'), exclusions: of('exclusions'), clientResponsibilities: of('clientResponsibilities') };
}

/**
 * The scope's texts as the proposal prints them: a default line the scope or the answers contradict is left out, an
 * earlier draft's combined line is replaced by its parts that still hold, and every other line is kept as written.
 */
export function consistentTexts(scope: Pick<Scope, TextKind | 'items'>, requirements: Requirements): Record<TextKind, string[]> {
  const delivers = deliveredBy(scope.items);
  const rows = new Map(TEXT_ROWS.map((row) => [row.text, row]));
  const holds = (text: string): boolean => rows.get(text)?.contradicted?.(delivers, requirements) !== true;
  const check = (texts: readonly string[]): string[] => {
    const out: string[] = [];
    for (const text of texts) {
      const parts = SUPERSEDED[text.trim()] ?? [text];
      for (const part of parts) if (holds(part.trim()) && !out.includes(part)) out.push(part);
    }
    return out;
  };
  return { assumptions: check(scope.assumptions), exclusions: check(scope.exclusions), clientResponsibilities: check(scope.clientResponsibilities) };
}
