// recommend(requirements): the whole recommendation, a pure and deterministic function of the answers and the rules.
// No I/O, no clock, no randomness: the renderer runs it live and the proposal snapshots it. Its sentences are written
// in English unless a language is asked for; `recommendationIn` writes a stored recommendation in another language.
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { type Confidence, confidenceBasis, judge, tieBreakSentence } from './confidence';
import { type Contradiction, contradictionText, findContradictions } from './contradictions';
import { findFlips, type Flip, flipNoteText, robustSentence } from './flips';
import { REWRITE_SOURCE, RULES, ruleText, TRADE_OFFS, tradeOffText } from './knowledge';
import { findOpenQuestions, type OpenQuestion } from './open-questions';
import { ENGINE_VERSION } from './recommendation';
import { ANSWER_FIELDS, type AnswerField, type Framework, FRAMEWORK_NAMES, FRAMEWORKS, type Requirements } from './requirements';
import { readAnswers } from './rule-facts';
import { conditionHolds, fire, sumFired } from './score';
import { type Stack, stackIn, suggestStack } from './stack';

export type { Confidence, Contradiction };

export interface Reason {
  framework: Framework;
  factor: AnswerField;
  effect: number;
  text: string;
  rule: string;
  source: string;
}

export interface TradeOffNote {
  framework: Framework;
  factor: AnswerField;
  text: string;
  source: string;
}

export interface Recommendation {
  recommended: Framework;
  ranking: { framework: Framework; score: number }[];
  confidence: Confidence;
  margin: number;
  answered: number;
  /** Answers that move a score; only these count towards confidence. */
  evidence: number;
  tiedWith: Framework[];
  /** The sentence that admits a tie and states the tie-break rule; null without a tie. */
  tieBreak: string | null;
  reasons: Reason[];
  /** The winner's own costs for this project, never scored; leaving a codebase the work extends names the rewrite. */
  tradeOffs: TradeOffNote[];
  /** Answers that do not fit together, the first thing to clear up; any lowers the confidence one step. */
  contradictions: Contradiction[];
  /** How the confidence was reached, one sentence per step (the internal edition prints them). */
  confidenceBasis: string[];
  flips: Flip[];
  /** True when no change of one or two answers makes another framework win; then `robustNote` says so. */
  robust: boolean;
  robustNote: string | null;
  openQuestions: OpenQuestion[];
  stack: Stack;
  engineVersion: string;
}

export function countAnswered(requirements: Requirements): number {
  let answered = 0;
  for (const field of ANSWER_FIELDS) if (requirements[field] !== undefined) answered++;
  return answered;
}

/** The recommendation for these answers, its sentences in `language` (English, as the JSON has always been, by default). */
export function recommend(requirements: Requirements, language: ProposalLanguage = 'en'): Recommendation {
  const answers = readAnswers(requirements);
  const fired = fire(answers);
  const scores = sumFired(fired);
  const judgement = judge(answers, scores, fired);
  const order = judgement.order;
  const recommended = order[0]!;

  const reasons: Reason[] = [];
  RULES.forEach((rule, i) => {
    if (fired[i] === 0) return;
    const factor = rule.when[0]!.field;
    const entries = FRAMEWORKS.filter((f) => (rule.effects[f] ?? 0) !== 0);
    const text = language === 'en' ? rule.text : (ruleText(rule.id, language) ?? rule.text);
    // A weightless rule still explains itself, on behalf of the winner.
    if (entries.length === 0) reasons.push({ framework: recommended, factor, effect: 0, text, rule: rule.id, source: rule.source });
    for (const framework of entries) {
      reasons.push({ framework, factor, effect: rule.effects[framework]!, text, rule: rule.id, source: rule.source });
    }
  });
  // Strongest first; ties keep knowledge-base order, then framework order: reasons are pushed in that order and the
  // sort is stable, so the output is stable.
  reasons.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));

  const tradeOffs: TradeOffNote[] = TRADE_OFFS.filter((t) => t.framework === recommended && t.when.every((c) => conditionHolds(c, requirements[c.field]))).map(
    (t) => ({
      framework: t.framework,
      factor: t.when[0]!.field,
      text: language === 'en' ? t.text : (tradeOffText(t.id, language) ?? t.text),
      source: t.source,
    }),
  );

  const rewrite = rewriteTradeOff(requirements, recommended, language);
  if (rewrite !== null) tradeOffs.unshift(rewrite);

  const { flips, robust } = findFlips(requirements, answers, fired, scores, recommended, language);
  return {
    recommended,
    ranking: order.map((framework) => ({ framework, score: scores[framework] })),
    confidence: judgement.confidence,
    margin: scores[recommended] - scores[order[1]!],
    answered: countAnswered(requirements),
    evidence: judgement.evidence,
    tiedWith: judgement.tiedWith,
    tieBreak: tieBreakSentence(requirements, scores, judgement, language),
    reasons,
    tradeOffs,
    contradictions: findContradictions(requirements, language),
    confidenceBasis: confidenceBasis(judgement, scores, language),
    flips,
    robust,
    robustNote: robust ? robustSentence(recommended, language) : null,
    openQuestions: findOpenQuestions(answers, fired, scores, recommended, judgement.confidence),
    stack: suggestStack(recommended, requirements, language),
    engineVersion: ENGINE_VERSION,
  };
}

/** Recommending another framework than the one the work extends means rebuilding the running application first. */
function rewriteTradeOff(requirements: Requirements, winner: Framework, language: ProposalLanguage): TradeOffNote | null {
  const existing = requirements.existingFramework;
  if (requirements.extendingExisting !== true || existing === undefined || existing === 'none' || existing === winner) return null;
  return {
    framework: winner,
    factor: 'extendingExisting',
    text: m.engine_trade_off_rewrite({ winner: FRAMEWORK_NAMES[winner], from: FRAMEWORK_NAMES[existing] }, { locale: language }),
    source: REWRITE_SOURCE,
  };
}

/** A reason's sentence in `language`, by its rule id; a rule this engine does not know keeps its stored text. */
export function reasonText(reason: Pick<Reason, 'rule' | 'text'>, language: ProposalLanguage = 'en'): string {
  return (language === 'en' ? undefined : ruleText(reason.rule, language)) ?? reason.text;
}

/** English trade-off sentences and the id that writes each in another language. */
let tradeOffIds: Map<string, string> | null = null;

/** A trade-off's sentence in `language`: found by its English text (the recommendation JSON carries no trade-off id). */
export function tradeOffNoteText(note: TradeOffNote, requirements: Requirements, language: ProposalLanguage = 'en'): string {
  if (language === 'en') return note.text;
  if (note.factor === 'extendingExisting') {
    const rewrite = rewriteTradeOff(requirements, note.framework, 'en');
    return rewrite?.text === note.text ? rewriteTradeOff(requirements, note.framework, language)!.text : note.text;
  }
  tradeOffIds ??= new Map(TRADE_OFFS.map((t) => [t.text, t.id]));
  const id = tradeOffIds.get(note.text);
  return (id === undefined ? undefined : tradeOffText(id, language)) ?? note.text;
}

const SAME = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * A recommendation (a stored snapshot, English, possibly from an older engine) with its sentences in `language`, for
 * the given answers. Each sentence is written again from its id and the answers only when the English it would give
 * is the stored one: reasons by rule id, trade-offs by their text, contradictions by their fields, flip notes, the
 * robust note, the tie sentence, the confidence basis and the stack from the answers. Anything an older engine wrote
 * differently keeps its stored text. Facts (scores, ids, fields) are never changed.
 */
export function recommendationIn(r: Recommendation, requirements: Requirements, language: ProposalLanguage): Recommendation {
  if (language === 'en') return r;
  const old = r as Partial<Recommendation> & Recommendation;
  // The judgement only (no what-if searches): the tie sentence and the confidence basis are written from it.
  const answers = readAnswers(requirements);
  const fired = fire(answers);
  const scores = sumFired(fired);
  const judgement = judge(answers, scores, fired);
  /** Written in `language` when this engine writes the stored English for it from these answers; stored otherwise. */
  const again = <T>(stored: T, write: (language: ProposalLanguage) => T): T => (SAME(write('en'), stored) ? write(language) : stored);
  return {
    ...r,
    reasons: r.reasons.map((reason) => ({ ...reason, text: reasonText(reason, language) })),
    ...(old.tradeOffs === undefined ? {} : { tradeOffs: old.tradeOffs.map((t) => ({ ...t, text: tradeOffNoteText(t, requirements, language) })) }),
    ...(old.contradictions === undefined
      ? {}
      : { contradictions: old.contradictions.map((c) => ({ ...c, text: contradictionText(c, requirements, language) })) }),
    ...(old.flips === undefined
      ? {}
      : {
          flips: old.flips.map((flip) => {
            const note = flipNoteText(flip, requirements, language);
            return note === undefined ? flip : { ...flip, note };
          }),
        }),
    ...(old.tieBreak === undefined ? {} : { tieBreak: again(old.tieBreak, (l) => tieBreakSentence(requirements, scores, judgement, l)) }),
    ...(old.confidenceBasis === undefined ? {} : { confidenceBasis: again(old.confidenceBasis, (l) => confidenceBasis(judgement, scores, l)) }),
    ...(old.robustNote === undefined || old.robustNote === null ? {} : { robustNote: again(old.robustNote, (l) => robustSentence(r.recommended, l)) }),
    ...(old.stack === undefined ? {} : { stack: stackIn(old.stack, requirements, language) }),
  };
}
