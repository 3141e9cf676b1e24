// recommend(requirements): the whole recommendation, a pure and deterministic function of the answers and the rules.
// No I/O, no clock, no randomness: the renderer runs it live and the proposal snapshots it.
import { type Confidence, confidenceBasis, judge, tieBreakSentence } from './confidence';
import { type Contradiction, findContradictions } from './contradictions';
import { findFlips, type Flip, robustSentence } from './flips';
import { REWRITE_SOURCE, RULES, TRADE_OFFS } from './knowledge';
import { findOpenQuestions, type OpenQuestion } from './open-questions';
import { ENGINE_VERSION } from './recommendation';
import { ANSWER_FIELDS, type AnswerField, type Framework, FRAMEWORK_NAMES, FRAMEWORKS, type Requirements } from './requirements';
import { readAnswers } from './rule-facts';
import { conditionHolds, fire, sumFired } from './score';
import { type Stack, suggestStack } from './stack';

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

export function recommend(requirements: Requirements): Recommendation {
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
    // A weightless rule still explains itself, on behalf of the winner.
    if (entries.length === 0) reasons.push({ framework: recommended, factor, effect: 0, text: rule.text, rule: rule.id, source: rule.source });
    for (const framework of entries) {
      reasons.push({ framework, factor, effect: rule.effects[framework]!, text: rule.text, rule: rule.id, source: rule.source });
    }
  });
  // Strongest first; ties keep knowledge-base order, then framework order: reasons are pushed in that order and the
  // sort is stable, so the output is stable.
  reasons.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));

  const tradeOffs: TradeOffNote[] = TRADE_OFFS.filter((t) => t.framework === recommended && t.when.every((c) => conditionHolds(c, requirements[c.field]))).map(
    (t) => ({
      framework: t.framework,
      factor: t.when[0]!.field,
      text: t.text,
      source: t.source,
    }),
  );

  const rewrite = rewriteTradeOff(requirements, recommended);
  if (rewrite !== null) tradeOffs.unshift(rewrite);

  const { flips, robust } = findFlips(requirements, answers, fired, scores, recommended);
  return {
    recommended,
    ranking: order.map((framework) => ({ framework, score: scores[framework] })),
    confidence: judgement.confidence,
    margin: scores[recommended] - scores[order[1]!],
    answered: countAnswered(requirements),
    evidence: judgement.evidence,
    tiedWith: judgement.tiedWith,
    tieBreak: tieBreakSentence(requirements, scores, judgement),
    reasons,
    tradeOffs,
    contradictions: findContradictions(requirements),
    confidenceBasis: confidenceBasis(judgement, scores),
    flips,
    robust,
    robustNote: robust ? robustSentence(recommended) : null,
    openQuestions: findOpenQuestions(answers, fired, scores, recommended, judgement.confidence),
    stack: suggestStack(recommended, requirements),
    engineVersion: ENGINE_VERSION,
  };
}

/** Recommending another framework than the one the work extends means rebuilding the running application first. */
function rewriteTradeOff(requirements: Requirements, winner: Framework): TradeOffNote | null {
  const existing = requirements.existingFramework;
  if (requirements.extendingExisting !== true || existing === undefined || existing === 'none' || existing === winner) return null;
  const from = FRAMEWORK_NAMES[existing];
  return {
    framework: winner,
    factor: 'extendingExisting',
    text: `Choosing ${FRAMEWORK_NAMES[winner]} means a rewrite: the application running on ${from} today would be rebuilt in ${FRAMEWORK_NAMES[winner]} before any new work, time and risk the scores do not price.`,
    source: REWRITE_SOURCE,
  };
}
