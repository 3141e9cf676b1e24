// recommend(requirements): the whole recommendation, a pure and deterministic function of the answers and the rules.
// No I/O, no clock, no randomness: the renderer runs it live and the proposal snapshots it.
import { findFlips, type Flip } from './flips';
import { ENGINE_VERSION } from './recommendation';
import { ANSWER_FIELDS, FRAMEWORKS, type AnswerField, type Framework, type Requirements } from './requirements';
import { firedRules, rank, score } from './score';
import { suggestStack, type Stack } from './stack';

export type Confidence = 'high' | 'medium' | 'low';

export interface Reason {
  framework: Framework;
  factor: AnswerField;
  effect: number;
  text: string;
  rule: string;
}

export interface Recommendation {
  recommended: Framework;
  ranking: { framework: Framework; score: number }[];
  confidence: Confidence;
  margin: number;
  answered: number;
  reasons: Reason[];
  flips: Flip[];
  stack: Stack;
  engineVersion: string;
}

export function countAnswered(requirements: Requirements): number {
  return ANSWER_FIELDS.filter((field) => requirements[field] !== undefined).length;
}

/** Confidence needs both a clear lead and enough answers; a single answer away from another winner is never "high". */
export function judgeConfidence(margin: number, answered: number, flipsWithOneChange: number): Confidence {
  if (margin >= 6 && answered >= 8 && flipsWithOneChange === 0) return 'high';
  if (margin >= 3 && answered >= 4) return 'medium';
  return 'low';
}

export function recommend(requirements: Requirements): Recommendation {
  const scores = score(requirements);
  const order = rank(scores);
  const recommended = order[0]!;
  const margin = scores[recommended] - scores[order[1]!];
  const answered = countAnswered(requirements);

  const reasons: Reason[] = [];
  for (const rule of firedRules(requirements)) {
    const entries = FRAMEWORKS.filter((f) => (rule.effects[f] ?? 0) !== 0);
    // A weightless rule still explains itself, on behalf of the winner.
    if (entries.length === 0) reasons.push({ framework: recommended, factor: rule.when.field, effect: 0, text: rule.text, rule: rule.id });
    for (const framework of entries) {
      reasons.push({ framework, factor: rule.when.field, effect: rule.effects[framework]!, text: rule.text, rule: rule.id });
    }
  }
  // Strongest first; ties keep knowledge-base order, so the output is stable.
  const indexed = reasons.map((reason, index) => ({ reason, index }));
  indexed.sort((a, b) => Math.abs(b.reason.effect) - Math.abs(a.reason.effect) || a.index - b.index);

  const flips = findFlips(requirements, scores);
  return {
    recommended,
    ranking: order.map((framework) => ({ framework, score: scores[framework] })),
    confidence: judgeConfidence(margin, answered, flips.filter((f) => f.changes.length === 1).length),
    margin,
    answered,
    reasons: indexed.map((i) => i.reason),
    flips,
    stack: suggestStack(recommended, requirements),
    engineVersion: ENGINE_VERSION,
  };
}
