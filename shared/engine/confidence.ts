// Reading the scores: the ranking with its stated tie-break, and how sure the engine may honestly be.
// Confidence rests on evidence only (answers that move a score), read in two steps: full-stack (Django) or micro
// (Flask, FastAPI), then Flask or FastAPI. Pure; shared/engine/README.md states the thresholds in words.
import { CHANGEABLE_FIELDS, possibleAnswers } from './answers';
import { RULES } from './knowledge';
import { type AnswerField, type Framework, FRAMEWORK_NAMES, FRAMEWORKS, type Requirements } from './requirements';
import { type Answers, CHECKS, countBits, fieldsOf, type Fired, NEEDS, positionOf, WEIGHTED, WEIGHTS } from './rule-facts';
import { outrightWinner, rescore, type Scores, testHolds } from './score';

export type Confidence = 'high' | 'medium' | 'low';

const LEVELS: readonly Confidence[] = ['low', 'medium', 'high'];

/** Step thresholds, in points of lead: the full-stack step weighs bigger differences than the micro one. */
const STEP_FULL_STACK = { high: 6, medium: 3 };
const STEP_MICRO = { high: 5, medium: 2 };
/** Answers that move a score, needed for each level: one answer is never more than a hint. */
const EVIDENCE = { high: 4, medium: 2 };
/** Points of its own that make a runner-up's case strong enough to rule out "high". */
const STRONG_RUNNER_UP = 5;

/** The preference when the team already runs one of the frameworks: that one, then the others in their usual order. */
const RUNS_FIRST: Record<Framework, readonly Framework[]> = {
  django: ['django', 'flask', 'fastapi'],
  flask: ['flask', 'django', 'fastapi'],
  fastapi: ['fastapi', 'django', 'flask'],
};

/**
 * Level scores go to the framework the team already runs, then Django (the default for most projects: fewer parts
 * to assemble), then Flask (a stable 3.x line where FastAPI is still 0.x). Stated in `tieBreakSentence`.
 */
export function preference(existingFramework: Requirements['existingFramework']): readonly Framework[] {
  return existingFramework === undefined || existingFramework === 'none' ? FRAMEWORKS : RUNS_FIRST[existingFramework];
}
const EXISTING_AT = positionOf('existingFramework');

/** Highest score first; level scores keep their order in `order`. An insertion sort: three items need no more. */
export function rank(scores: Scores, order: readonly Framework[]): Framework[] {
  const ranked = [...order];
  for (let i = 1; i < ranked.length; i++) {
    const framework = ranked[i]!;
    let j = i;
    for (; j > 0 && scores[ranked[j - 1]!] < scores[framework]; j--) ranked[j] = ranked[j - 1]!;
    ranked[j] = framework;
  }
  return ranked;
}

/** How many answers are behind the score: every field a fired, weighted rule needs to hold, each counted once. */
export function countEvidence(fired: Fired, answers: Answers): number {
  let fields = 0;
  for (let i = 0; i < fired.length; i++) {
    if (fired[i] === 0 || !WEIGHTED[i]) continue;
    fields |= NEEDS[i]!;
    const any = CHECKS[i]!.whenAny;
    if (any !== null) for (const t of any) if (testHolds(t, answers[t.at])) fields |= 1 << t.at;
  }
  return countBits(fields);
}

/**
 * Answers whose effect on the scores depends on no other changeable answer (every rule reading them reads only them
 * and fixed answers). A what-if on these cannot be altered by adding an answer that moves no score, so it may
 * weigh on confidence without breaking the rule that such answers never change it.
 */
const SELF_CONTAINED: readonly AnswerField[] = CHANGEABLE_FIELDS.filter((field) =>
  RULES.every((rule) => {
    const fields = fieldsOf(rule);
    return !fields.includes(field) || fields.every((f) => f === field || !CHANGEABLE_FIELDS.includes(f));
  }),
);

/** Whether changing one self-contained answer (such as "extends that codebase") hands another framework the win. */
function oneChangeAway(answers: Answers, fired: Fired, scores: Scores, winner: Framework): boolean {
  for (const field of SELF_CONTAINED) {
    for (const to of possibleAnswers(field, answers[positionOf(field)])) {
      const next = rescore(answers, fired, scores, field, to);
      const w = outrightWinner(next.django, next.flask, next.fastapi);
      if (w !== null && w !== winner) return true;
    }
  }
  return false;
}

function stepLevel(lead: number, step: { high: number; medium: number }): number {
  return lead >= step.high ? 2 : lead >= step.medium ? 1 : 0;
}

export interface Judgement {
  order: Framework[];
  tiedWith: Framework[];
  confidence: Confidence;
  evidence: number;
}

export function judge(answers: Answers, scores: Scores, fired: Fired): Judgement {
  const order = rank(scores, preference(answers[EXISTING_AT] as Requirements['existingFramework']));
  const winner = order[0]!;
  const tiedWith = order.slice(1).filter((f) => scores[f] === scores[winner]);
  const evidence = countEvidence(fired, answers);
  if (tiedWith.length > 0) return { order, tiedWith, confidence: 'low', evidence };

  // The steps that matter for this winner, and the lead it holds in each.
  const micro: Framework[] = ['flask', 'fastapi'];
  let level: number;
  if (winner === 'django') level = stepLevel(scores.django - Math.max(scores.flask, scores.fastapi), STEP_FULL_STACK);
  else {
    const other = micro.find((f) => f !== winner)!;
    level = Math.min(stepLevel(scores[winner] - scores.django, STEP_FULL_STACK), stepLevel(scores[winner] - scores[other], STEP_MICRO));
  }
  level = Math.min(level, evidence >= EVIDENCE.high ? 2 : evidence >= EVIDENCE.medium ? 1 : 0);
  if (level === 2) {
    // Never "high" while another framework has a must-have or a strong case of its own.
    for (const framework of FRAMEWORKS) {
      if (framework === winner) continue;
      let own = 0;
      for (let i = 0; i < fired.length; i++) {
        const effect = fired[i] === 1 ? WEIGHTS[i]![framework] : 0;
        if (effect <= 0) continue;
        own += effect;
        if (RULES[i]!.mustHave === true) level = 1;
      }
      if (own >= STRONG_RUNNER_UP) level = 1;
    }
    // Nor while a single changed answer would make another framework win.
    if (level === 2 && oneChangeAway(answers, fired, scores, winner)) level = 1;
  }
  return { order, tiedWith, confidence: LEVELS[level]!, evidence };
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The sentence that admits a tie and states the rule that put one framework first. Null when there is no tie. */
export function tieBreakSentence(requirements: Requirements, scores: Scores, judgement: Judgement): string | null {
  if (judgement.tiedWith.length === 0) return null;
  const winner = judgement.order[0]!;
  const level = [winner, ...judgement.tiedWith];
  const names = joinAnd(level.map((f) => FRAMEWORK_NAMES[f]));
  const points = scores[winner];
  const head =
    points === 0 && Object.values(scores).every((s) => s === 0)
      ? `${names} are level: no answer so far favours any of them.`
      : `${names} are level at ${points} ${Math.abs(points) === 1 ? 'point' : 'points'}: the answers so far do not separate them.`;
  const existing = requirements.existingFramework;
  let why: string;
  if (existing === winner) why = `${FRAMEWORK_NAMES[winner]} is named first because the team already runs it.`;
  else if (winner === 'django')
    why =
      'Django is named first by our tie-break rule: with level scores we prefer the framework the team already runs, then Django, which brings more of a typical project’s parts ready-made.';
  else
    why =
      'Flask is named first by our tie-break rule: with level scores we prefer the framework the team already runs, then Django, then Flask, whose 3.x releases are stable where FastAPI is still at 0.x.';
  return `${head} ${why} Treat the choice as open until an answer separates them.`;
}
