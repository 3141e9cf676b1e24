// Ask next: the unanswered questions whose answer could change the winner or the confidence, best first, each with
// what every answer would do. Each answer is judged with the exact scores and rules it gives (only the rules reading
// that question are re-checked), so what the list promises is what recommend() returns.
import { type AnswerValue, possibleAnswers } from './answers';
import { type Confidence, judge } from './confidence';
import { type AnswerField, type Framework, QUESTIONS } from './requirements';
import { type Answers, type Fired, positionOf } from './rule-facts';
import { refire, rescore, type Scores } from './score';

export interface OpenAnswer {
  value: AnswerValue;
  winner: Framework;
  confidence: Confidence;
}
export interface OpenQuestion {
  field: AnswerField;
  answers: OpenAnswer[];
}

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

const EXISTING_AT = positionOf('existingFramework');

export function findOpenQuestions(given: Answers, fired: Fired, base: Scores, winner: Framework, confidence: Confidence): OpenQuestion[] {
  // One copy of the answers takes each trial answer in turn, and the question is unanswered again before the next.
  const next = [...given];
  const found: { question: OpenQuestion; flips: number; shift: number; index: number }[] = [];
  QUESTIONS.forEach((q, index) => {
    const at = positionOf(q.field);
    if (given[at] !== undefined) return;
    // Only what the editor asks: "extends that codebase" waits until a framework in use is named.
    if (q.field === 'extendingExisting' && (given[EXISTING_AT] === undefined || given[EXISTING_AT] === 'none')) return;
    const answers: OpenAnswer[] = [];
    let flips = 0;
    let shift = 0;
    for (const value of possibleAnswers(q.field, undefined)) {
      next[at] = value;
      const nextFired = refire(fired, next, q.field);
      const scores = rescore(given, fired, base, q.field, value);
      const j = judge(next, scores, nextFired);
      const w = j.order[0]!;
      answers.push({ value, winner: w, confidence: j.confidence });
      if (w !== winner) flips++;
      shift = Math.max(shift, Math.abs(RANK[j.confidence] - RANK[confidence]));
    }
    next[at] = undefined;
    if (flips === 0 && shift === 0) return;
    found.push({ question: { field: q.field, answers }, flips, shift, index });
  });
  // A question with more answers that change the winner comes first; then those that move the confidence most.
  found.sort((a, b) => b.flips - a.flips || b.shift - a.shift || a.index - b.index);
  return found.map((f) => f.question);
}
