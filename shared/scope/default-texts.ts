// The default assumptions, exclusions and client responsibilities, as rows that say when they apply: a draft takes
// only the lines the answers call for (draftTexts), and the proposal drops a default line the scope contradicts
// (consistentTexts), such as "not included: translation" beside a translation item. Pure data and two functions.
// A line the consultant wrote or edited is never dropped: only the texts below (and the older ones they replace) are.
// The texts are messages (messages/scope/): a default line is recognised in any proposal language and printed in the
// proposal's; the consultant's own lines print as typed.
import type { Requirements } from '../engine/requirements';
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { printedTitle } from './descriptions';
import type { Scope, ScopeItem } from './schema';
import { says, type Words, words } from './words';

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
  text: Words;
  /** Drafted only when the answers call for it (absent: always). */
  when?: (r: Requirements) => boolean;
  /** Dropped from the proposal when the scope or the answers say otherwise. */
  contradicted?: (d: Delivers, r: Requirements) => boolean;
}

const integrates = (r: Requirements): boolean => (r.integrations ?? []).length > 0;
const existing = (r: Requirements): boolean => (r.existingFramework !== undefined && r.existingFramework !== 'none') || integrates(r);
const hostedByUs = (r: Requirements): boolean => r.hosting !== 'on-premises' && r.hosting !== 'client-provider';

const CONTENT: TextRow = { kind: 'exclusions', text: words(m.scope_exclusion_content), contradicted: (d) => d.content };
const TRANSLATING: TextRow = {
  kind: 'exclusions',
  text: words(m.scope_exclusion_translation),
  contradicted: (d, r) => d.translation || (r.languages ?? []).length > 1,
};
const DATA: TextRow = { kind: 'exclusions', text: words(m.scope_exclusion_data), contradicted: (d) => d.dataMigration };

export const TEXT_ROWS: readonly TextRow[] = [
  { kind: 'assumptions', text: words(m.scope_assumption_days) },
  { kind: 'assumptions', text: words(m.scope_assumption_feedback) },
  {
    kind: 'assumptions',
    text: words(m.scope_assumption_third_party),
    when: integrates,
    contradicted: (_, r) => !integrates(r),
  },
  {
    kind: 'assumptions',
    text: words(m.scope_assumption_cloud),
    when: hostedByUs,
    contradicted: (_, r) => !hostedByUs(r),
  },
  {
    kind: 'assumptions',
    text: words(m.scope_assumption_client_infrastructure),
    when: (r) => !hostedByUs(r),
    contradicted: (_, r) => hostedByUs(r),
  },
  { kind: 'exclusions', text: words(m.scope_exclusion_native_apps), contradicted: (d) => d.nativeApp },
  CONTENT,
  TRANSLATING,
  DATA,
  { kind: 'exclusions', text: words(m.scope_exclusion_fees) },
  { kind: 'exclusions', text: words(m.scope_exclusion_support), contradicted: (d) => d.support },
  { kind: 'clientResponsibilities', text: words(m.scope_responsibility_product_owner) },
  { kind: 'clientResponsibilities', text: words(m.scope_responsibility_content) },
  {
    kind: 'clientResponsibilities',
    text: words(m.scope_responsibility_access),
    when: existing,
    contradicted: (_, r) => r.existingFramework === 'none' && !integrates(r),
  },
  { kind: 'clientResponsibilities', text: words(m.scope_responsibility_acceptance) },
];

/**
 * Earlier drafts' lines, now split into rows above: each is replaced by the rows it covered that the scope does not
 * contradict (so "Writing content, translating it and entering existing data." beside a translation item prints as
 * "Writing the product's content." and "Moving or entering existing data.").
 */
const SUPERSEDED: readonly { text: Words; parts: readonly TextRow[] }[] = [{ text: words(m.scope_exclusion_combined), parts: [CONTENT, TRANSLATING, DATA] }];

// The consultant's own titles, in any of the proposal languages (drafted titles are read in English, see deliveredBy).
const TRANSLATION = /translat|i18n|locali[sz]|multiling|übersetz|mehrsprachig|tradu[cz]|vertal|meertalig|แปล/i;
const MIGRATION =
  /migra[tc]|data import|import(ing)? (of )?(the )?(existing|legacy|old)|existing data|legacy data|datenübernahme|reprise des données|importación de datos|gegevensimport|ย้ายข้อมูล/i;
// An app itself, not the API it calls ("API for a mobile app", "API für eine mobile App", "API สำหรับแอปพลิเคชันมือถือ").
const NATIVE_APP =
  /(?<!(?:for an?|für eine|pour une|para una|voor een|สำหรับ) ?)(?:\b(?:native|ios|android|mobile|store) apps?\b|\b(?:ios|android)-apps?\b|\bmobiele apps?\b|\bapplications? (?:mobiles?|natives?)\b|\baplicaci(?:ón|ones) (?:móvil|móviles|nativas?)\b|แอป(?:พลิเคชัน)?มือถือ)/i;
const SUPPORT = /support|maintenance|warranty|retainer|\bsla\b|wartung|betreuung|mantenimiento|soporte|onderhoud|ondersteuning|บำรุงรักษา/i;
const CONTENT_WRITING =
  /copywrit|content writing|writing (the )?content|content creation|texterstellung|rédaction|redacción de contenidos|tekstschrijven|เขียนเนื้อหา/i;

type Titled = Pick<ScopeItem, 'id' | 'title' | 'deferred'>;

/**
 * What the scope's items deliver (committed or optional, not deferred), by their titles: a drafted title (recognised in
 * any proposal language, given the answers it was drafted from) as its English words, the consultant's own as typed.
 */
export function deliveredBy(items: readonly Titled[], requirements: Requirements = {}): Delivers {
  const texts = items.filter((i) => i.deferred !== true).map((i) => printedTitle(i, requirements, 'en'));
  const any = (pattern: RegExp): boolean => texts.some((t) => pattern.test(t));
  return {
    translation: any(TRANSLATION),
    dataMigration: any(MIGRATION),
    nativeApp: any(NATIVE_APP),
    support: any(SUPPORT),
    content: any(CONTENT_WRITING),
  };
}

/** The default texts a draft starts with, in `language`, for these answers and the draft's items: never one they contradict. */
export function draftTexts(requirements: Requirements, items: readonly Titled[] = [], language: ProposalLanguage = 'en'): Record<TextKind, string[]> {
  const delivers = deliveredBy(items, requirements);
  const applies = (row: TextRow): boolean => (row.when?.(requirements) ?? true) && row.contradicted?.(delivers, requirements) !== true;
  const of = (kind: TextKind): string[] => TEXT_ROWS.filter((row) => row.kind === kind && applies(row)).map((row) => row.text(language));
  return { assumptions: of('assumptions'), exclusions: of('exclusions'), clientResponsibilities: of('clientResponsibilities') };
}

/** The default line (or earlier combined line) `text` is, in any proposal language; undefined for the consultant's own. */
function defaultLine(text: string): { parts: readonly TextRow[] } | undefined {
  const row = TEXT_ROWS.find((r) => says(r.text, text));
  if (row !== undefined) return { parts: [row] };
  return SUPERSEDED.find((s) => says(s.text, text));
}

/**
 * The scope's texts as the proposal prints them, in `language`: a default line the scope or the answers contradict is
 * left out, an earlier draft's combined line is replaced by its parts that still hold, every other default line is
 * printed in `language` whatever language it was drafted in, and the consultant's own lines are kept as written.
 */
export function consistentTexts(
  scope: Pick<Scope, TextKind | 'items'>,
  requirements: Requirements,
  language: ProposalLanguage = 'en',
): Record<TextKind, string[]> {
  const delivers = deliveredBy(scope.items, requirements);
  const check = (texts: readonly string[]): string[] => {
    const out: string[] = [];
    const add = (text: string): void => {
      if (!out.includes(text)) out.push(text);
    };
    for (const text of texts) {
      const line = defaultLine(text);
      if (line === undefined) add(text);
      else for (const part of line.parts) if (part.contradicted?.(delivers, requirements) !== true) add(part.text(language));
    }
    return out;
  };
  return { assumptions: check(scope.assumptions), exclusions: check(scope.exclusions), clientResponsibilities: check(scope.clientResponsibilities) };
}

/** A default line (or an earlier draft's combined line), recognised in any proposal language, in `language`; the consultant's own as typed. */
export function defaultTextIn(text: string, language: ProposalLanguage): string {
  const row = TEXT_ROWS.find((r) => says(r.text, text)) ?? SUPERSEDED.find((s) => says(s.text, text));
  return row === undefined ? text : row.text(language);
}
