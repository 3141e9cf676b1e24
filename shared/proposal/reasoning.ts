// The recommendation in words: what each framework is, why the winner won (with each rule's source in the internal
// edition), what would make an alternative win. Sentences and blocks only, in the proposal's language (the words are
// messages in messages/engine/, `engine_reasoning_*` and `engine_character_*`); no layout, no prices. The recommendation
// given here is already in that language (recommendationIn, shared/engine/recommend.ts, applied by context.ts).
import type { Assessment } from '../assessment';
import {
  type AnswerField,
  type Change,
  countOf,
  describeAnswer,
  type Flip,
  type Framework,
  FRAMEWORK_NAMES,
  FRAMEWORKS,
  isOne,
  listAnd,
  listOr,
  numberLocale,
  questionLabel,
  QUESTIONS,
  type Reason,
  reasonText,
  type Recommendation,
  sourceText,
} from '../engine';
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import type { Block } from './types';

export const frameworkName = (f: Framework): string => FRAMEWORK_NAMES[f];

/** "a, b and c" in `language` (Intl.ListFormat). */
export function joinAnd(items: readonly string[], language: ProposalLanguage = 'en'): string {
  return listAnd(items, language);
}

/** "a, b or c" in `language` (Intl.ListFormat). */
export function joinOr(items: readonly string[], language: ProposalLanguage = 'en'): string {
  return listOr(items, language);
}

/** A count with its noun, the noun chosen by `language`'s plural rules (Intl.PluralRules): "1 item", "3 items". */
export function plural(n: number, one: string, many: string, language: ProposalLanguage = 'en'): string {
  return `${n.toLocaleString(numberLocale(language))} ${isOne(n, language) ? one : many}`;
}

/** Points in `language`: "1 point", "3 points". */
export function points(n: number, language: ProposalLanguage = 'en'): string {
  return countOf(n, m.engine_points_one, m.engine_points_other, language);
}

/** A score as printed: a true minus sign for negatives, digits grouped as `language` groups them. */
export function score(n: number, language: ProposalLanguage = 'en'): string {
  const digits = Math.abs(n).toLocaleString(numberLocale(language));
  return n < 0 ? `\u2212${digits}` : digits;
}

function signed(n: number, language: ProposalLanguage): string {
  return n > 0 ? `+${score(n, language)}` : score(n, language);
}

const CHARACTER_TEXT = { django: m.engine_character_django, flask: m.engine_character_flask, fastapi: m.engine_character_fastapi } as const;

/** What a framework is, in a sentence a client can follow, in `language`. */
export function frameworkCharacter(f: Framework, language: ProposalLanguage = 'en'): string {
  return CHARACTER_TEXT[f]({}, { locale: language });
}

/** What each framework is, in English. */
export const CHARACTER: Record<Framework, string> = {
  django: frameworkCharacter('django'),
  flask: frameworkCharacter('flask'),
  fastapi: frameworkCharacter('fastapi'),
};

export interface RuleGroup {
  rule: string;
  factor: AnswerField;
  text: string;
  source: string | null;
  effects: Partial<Record<Framework, number>>;
}

/**
 * Where a rule comes from, when the engine says (newer engines add `source` to a reason, as text or as an object
 * with a title and a section); null for engines without it.
 */
function sourceOf(reason: Reason): string | null {
  const source = (reason as Reason & { source?: unknown }).source;
  if (typeof source === 'string') return source.trim() || null;
  if (source !== null && typeof source === 'object') {
    const parts = ['title', 'section', 'label', 'ref', 'url']
      .map((k) => (source as Record<string, unknown>)[k])
      .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    return parts.length > 0 ? parts.join(', ') : null;
  }
  return null;
}

/** Reasons come one per framework a rule touches; a reader wants one entry per rule with all its effects, in `language`. */
export function groupReasons(reasons: readonly Reason[], language: ProposalLanguage = 'en'): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const reason of reasons) {
    let group = groups.get(reason.rule);
    if (group === undefined) {
      const source = sourceOf(reason);
      group = {
        rule: reason.rule,
        factor: reason.factor,
        text: reasonText(reason, language),
        source: source === null ? null : sourceText(source, language),
        effects: {},
      };
      groups.set(reason.rule, group);
    }
    if (reason.effect !== 0) group.effects[reason.framework] = reason.effect;
  }
  return [...groups.values()];
}

function effectsText(effects: Partial<Record<Framework, number>>, language: ProposalLanguage): string {
  const parts = FRAMEWORKS.filter((f) => effects[f] !== undefined).map((f) => `${frameworkName(f)} ${signed(effects[f]!, language)}`);
  return parts.length === 0 ? m.engine_reasoning_no_effect({}, { locale: language }) : parts.join(', ');
}

function describeChange(change: Change, language: ProposalLanguage): string {
  const label = questionLabel(change.field, language);
  const to = describeAnswer(change.field, change.to, language);
  if (change.from === null) return m.engine_reasoning_change_open({ label, to }, { locale: language });
  return m.engine_reasoning_change({ label, to, from: describeAnswer(change.field, change.from, language) }, { locale: language });
}

/**
 * Answers the client decides about the product itself (how it is used, signed into, documented, built, whether it joins
 * their running software), as opposed to facts about the client (their team, data, traffic) or a different project
 * altogether (a demo for a few hours). The client edition offers only flips made of these.
 */
const CLIENT_CHOICES: ReadonlySet<AnswerField> = new Set<AnswerField>([
  'userInterface',
  'adminPanel',
  'auth',
  'apiDocs',
  'minimalDependencies',
  'architecture',
  'extendingExisting',
]);

export function clientCanChoose(flip: Flip): boolean {
  return flip.changes.every((change) => CLIENT_CHOICES.has(change.field));
}

/** "If … were …" for a flip, in `language` (its note as the recommendation gives it). */
export function flipSentence(flip: Flip, language: ProposalLanguage = 'en'): string {
  const changes = listAnd(
    flip.changes.map((change) => describeChange(change, language)),
    language,
  );
  const sentence = m.engine_reasoning_flip({ changes }, { locale: language });
  return flip.note === undefined ? sentence : `${sentence} ${flip.note}`;
}

export function confidenceText(r: Recommendation, total: number, language: ProposalLanguage = 'en'): string {
  const locale = { locale: language };
  const winner = frameworkName(r.recommended);
  const second = frameworkName(r.ranking[1]!.framework);
  const answered = m.engine_reasoning_answered(
    { answered: r.answered.toLocaleString(numberLocale(language)), total: total.toLocaleString(numberLocale(language)) },
    locale,
  );
  if (r.answered === 0) return m.engine_reasoning_confidence_none({}, locale);
  // Snapshots taken before engine 2 carry no tie sentence; they keep the wording they were exported with.
  const tieBreak = (r as Partial<Recommendation>).tieBreak;
  if (typeof tieBreak === 'string') return m.engine_reasoning_confidence_tie({ tieBreak }, locale);
  if (r.margin === 0) return m.engine_reasoning_confidence_level({ winner, second, answered }, locale);
  const margin = points(r.margin, language);
  const robust = (r as Partial<Recommendation>).robust;
  if (r.confidence === 'high' && robust !== undefined) {
    const evidence = countOf(r.evidence, m.engine_answers_one, m.engine_answers_other, language);
    const sentence = robust ? m.engine_reasoning_confidence_high_evidence_robust : m.engine_reasoning_confidence_high_evidence;
    return sentence({ winner, second, margin, evidence }, locale);
  }
  if (r.confidence === 'high') return m.engine_reasoning_confidence_high({ winner, second, margin, answered }, locale);
  if (r.confidence === 'medium') return m.engine_reasoning_confidence_medium({ winner, second, margin, answered }, locale);
  return m.engine_reasoning_confidence_low({ winner, second, margin, answered }, locale);
}

/**
 * What speaks for and against the winner, in `language`. The client edition gives each reason its sentence; the
 * internal edition adds the answer behind it, its weights and the rule's source. `rewriteDays`, when the estimate
 * prices the rewrite of the running application (shared/scope/project-items.ts), is written after the trade-off that
 * names it, already formatted.
 */
export function reasoningBlocks(
  assessment: Assessment,
  r: Recommendation,
  internal: boolean,
  rewriteDays?: string,
  language: ProposalLanguage = 'en',
): Block[] {
  const locale = { locale: language };
  const winner = frameworkName(r.recommended);
  const groups = groupReasons(r.reasons, language);
  const forWinner = groups.filter((g) => (g.effects[r.recommended] ?? 0) > 0);
  const neutral = groups.filter((g) => Object.keys(g.effects).length === 0);
  const against = groups.filter((g) => !forWinner.includes(g) && !neutral.includes(g));
  const item = (g: RuleGroup): { text: string; detail?: string } => {
    if (!internal) return { text: g.text };
    const answer = m.engine_reasoning_answer(
      { label: questionLabel(g.factor, language), answer: describeAnswer(g.factor, assessment.requirements[g.factor], language) },
      locale,
    );
    const detail = m.engine_reasoning_detail({ answer, effects: effectsText(g.effects, language), rule: g.rule }, locale);
    const source = g.source === null ? '' : ` ${m.engine_reasoning_source({ source: g.source }, locale)}`;
    return { text: g.text, detail: `${detail}${source}` };
  };
  const blocks: Block[] = [{ kind: 'subheading', text: m.engine_reasoning_for({ winner }, locale) }];
  blocks.push(
    forWinner.length > 0
      ? { kind: 'bullets', items: forWinner.map(item) }
      : { kind: 'paragraph', tone: 'muted', text: m.engine_reasoning_for_none({ winner }, locale) },
  );
  // The winner's own costs for this project (engine 2 and later), then the points the others scored.
  const tradeOffs = ((r as Partial<Recommendation>).tradeOffs ?? []).map((t) => ({
    text:
      t.factor === 'extendingExisting' && rewriteDays !== undefined ? `${t.text} ${m.engine_reasoning_rewrite_priced({ days: rewriteDays }, locale)}` : t.text,
  }));
  if (against.length + tradeOffs.length > 0) {
    blocks.push({ kind: 'subheading', text: m.engine_reasoning_against({ winner }, locale) }, { kind: 'bullets', items: [...tradeOffs, ...against.map(item)] });
  }
  if (neutral.length > 0) {
    blocks.push({ kind: 'subheading', text: m.engine_reasoning_also({}, locale) }, { kind: 'bullets', items: neutral.map(item) });
  }
  return blocks;
}

/** The open questions a newer engine lists (`openQuestions`), as labels in `language`; empty for engines without them. */
export function openQuestionLabels(r: Recommendation, applies: (field: AnswerField) => boolean = () => true, language: ProposalLanguage = 'en'): string[] {
  const open = (r as Recommendation & { openQuestions?: unknown }).openQuestions;
  if (!Array.isArray(open)) return [];
  return open
    .map((q: unknown) => (q !== null && typeof q === 'object' && typeof (q as { field?: unknown }).field === 'string' ? (q as { field: string }).field : null))
    .filter((f): f is AnswerField => f !== null && QUESTIONS.some((q) => q.field === f))
    .filter((f) => applies(f))
    .map((f) => questionLabel(f, language));
}

/**
 * The internal edition's account of the confidence (engine 3 and later: `confidenceBasis`), and the answers that do
 * not fit together (`contradictions`). Empty for snapshots of older engines, so their re-exports keep their bytes.
 */
export function confidenceBlocks(r: Recommendation, language: ProposalLanguage = 'en'): Block[] {
  const basis = (r as Partial<Recommendation>).confidenceBasis ?? [];
  if (basis.length === 0) return [];
  return [
    { kind: 'subheading', text: m.engine_reasoning_basis_heading({}, { locale: language }) },
    { kind: 'bullets', items: basis.map((text) => ({ text })) },
  ];
}

export function contradictionTexts(r: Recommendation): string[] {
  return ((r as Partial<Recommendation>).contradictions ?? []).map((c) => c.text);
}
