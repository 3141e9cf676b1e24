// Reading the scores: the ranking with its stated tie-break, and how sure the engine may honestly be.
// Confidence rests on distinguishing evidence only (points one framework gets and the other does not), read per pair:
// the winner against each other framework, with caps that depend on the margin. Pure; shared/engine/README.md states
// the thresholds in words, and `confidenceBasis` writes how a given confidence was reached.
import { CHANGEABLE_FIELDS, plausibleAnswers } from './answers';
import { contradicts } from './contradictions';
import { RULES } from './knowledge';
import { type AnswerField, type Framework, FRAMEWORK_NAMES, FRAMEWORKS, type Requirements } from './requirements';
import { type Answers, CHECKS, countBits, fieldsOf, type Fired, NEEDS, positionOf, WEIGHTED, WEIGHTS } from './rule-facts';
import { favours, outrightWinner, rescore, type Scores, testHolds } from './score';

export type Confidence = 'high' | 'medium' | 'low';

const LEVELS: readonly Confidence[] = ['low', 'medium', 'high'];

/**
 * Pair thresholds, in points of lead: Django against Flask or FastAPI (full-stack against micro) weighs bigger
 * differences than Flask against FastAPI. The lead counts only points one of the two gets and the other does not.
 */
const STEP_FULL_STACK = { high: 6, medium: 3 };
const STEP_MICRO = { high: 5, medium: 2 };
/** Answers that move a score, needed for each level: one answer is never more than a hint. */
const EVIDENCE = { high: 4, medium: 2 };

const GENERIC = RULES.map((rule) => rule.generic === true);

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

/** Whether plausibly changing one self-contained answer (the lifetime, the team...) hands another framework the win. */
function oneChangeAway(answers: Answers, fired: Fired, scores: Scores, winner: Framework): boolean {
  for (const field of SELF_CONTAINED) {
    for (const to of plausibleAnswers(field, answers[positionOf(field)])) {
      const next = rescore(answers, fired, scores, field, to);
      const w = outrightWinner(next.django, next.flask, next.fastapi);
      if (w !== null && w !== winner && favours(scores, next, winner, w)) return true;
    }
  }
  return false;
}

/** One pair read for confidence: the winner against `other`. */
export interface PairReading {
  other: Framework;
  /** The winner's lead over `other`, in points (shared points cancel out). */
  lead: number;
  /** Points `other` gets and the winner does not: its own case. */
  own: number;
  /** The lead without the generic rules (true of nearly every project). */
  specific: number;
  level: number;
}

function readPair(fired: Fired, scores: Scores, winner: Framework, other: Framework, step: { high: number; medium: number }): PairReading {
  let own = 0;
  let specific = 0;
  for (let i = 0; i < fired.length; i++) {
    if (fired[i] === 0) continue;
    const w = WEIGHTS[i]![winner];
    const o = WEIGHTS[i]![other];
    if (o > w) own += o - w;
    if (!GENERIC[i]) specific += w - o;
  }
  const lead = scores[winner] - scores[other];
  // High: a clear lead, made by more than generic answers, against an own case of less than half of it.
  // Medium: a lead at least half the other's own case.
  const level = lead >= step.high && specific >= step.high && 2 * own < lead ? 2 : lead >= step.medium && own <= 2 * lead ? 1 : 0;
  return { other, lead, own, specific, level };
}

/** Why the confidence is not higher than its pair readings allow, in the order the caps apply. */
export type Cap = 'evidence' | 'one-change' | 'extension' | 'contradiction';

export interface Judgement {
  order: Framework[];
  tiedWith: Framework[];
  confidence: Confidence;
  evidence: number;
  pairs: PairReading[];
  caps: Cap[];
}

const EXTENDING_AT = positionOf('extendingExisting');

export function judge(answers: Answers, scores: Scores, fired: Fired): Judgement {
  const order = rank(scores, preference(answers[EXISTING_AT] as Requirements['existingFramework']));
  const winner = order[0]!;
  const tiedWith = order.slice(1).filter((f) => scores[f] === scores[winner]);
  const evidence = countEvidence(fired, answers);
  const contradicted = contradicts(answers);
  if (tiedWith.length > 0) return { order, tiedWith, confidence: 'low', evidence, pairs: [], caps: contradicted ? ['contradiction'] : [] };

  const caps: Cap[] = [];
  const pairs = FRAMEWORKS.filter((f) => f !== winner).map((other) =>
    readPair(fired, scores, winner, other, winner === 'django' || other === 'django' ? STEP_FULL_STACK : STEP_MICRO),
  );
  let level = Math.min(...pairs.map((p) => p.level));
  const enough = evidence >= EVIDENCE.high ? 2 : evidence >= EVIDENCE.medium ? 1 : 0;
  if (enough < level) {
    level = enough;
    caps.push('evidence');
  }
  // Never "high" while a single plausible change of a self-contained answer would make another framework win.
  if (level === 2 && oneChangeAway(answers, fired, scores, winner)) {
    level = 1;
    caps.push('one-change');
  }
  // Leaving a codebase the work extends is a rewrite: never "high".
  const existing = answers[EXISTING_AT];
  if (answers[EXTENDING_AT] === true && typeof existing === 'string' && existing !== 'none' && existing !== winner) {
    level = Math.min(level, 1);
    caps.push('extension');
  }
  // Answers that do not fit together: one step lower, whatever the scores say.
  if (contradicted) {
    level = Math.max(0, level - 1);
    caps.push('contradiction');
  }
  return { order, tiedWith, confidence: LEVELS[level]!, evidence, pairs, caps };
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

/** Points as a client reads them, with a true minus sign. */
function points(n: number): string {
  return `${n < 0 ? `\u2212${-n}` : n} ${Math.abs(n) === 1 ? 'point' : 'points'}`;
}

/** How the confidence was reached, one sentence per step, for the internal edition and the curious consultant. */
export function confidenceBasis(judgement: Judgement, scores: Scores): string[] {
  const winner = judgement.order[0]!;
  const lines: string[] = [];
  if (judgement.tiedWith.length > 0) {
    lines.push(`${joinAnd([winner, ...judgement.tiedWith].map((f) => FRAMEWORK_NAMES[f]))} are level at ${points(scores[winner])}: a tie is always low.`);
  }
  for (const pair of judgement.pairs) {
    const step = winner === 'django' || pair.other === 'django' ? STEP_FULL_STACK : STEP_MICRO;
    lines.push(
      `${FRAMEWORK_NAMES[winner]} against ${FRAMEWORK_NAMES[pair.other]}: a lead of ${points(pair.lead)} (${points(pair.specific)} without generic answers), ` +
        `against ${points(pair.own)} of ${FRAMEWORK_NAMES[pair.other]}’s own: ${LEVELS[pair.level]}. High needs a lead of ${step.high} from more than generic answers ` +
        `with the other’s own points under half of it; medium needs ${step.medium} with them at most twice it.`,
    );
  }
  const caps = judgement.caps;
  lines.push(
    `${judgement.evidence} ${judgement.evidence === 1 ? 'answer moves' : 'answers move'} a score (high needs ${EVIDENCE.high}, medium ${EVIDENCE.medium})${caps.includes('evidence') ? ', which limits the confidence' : ''}.`,
  );
  if (caps.includes('one-change')) lines.push('Not high: changing one answer would make another framework win.');
  if (caps.includes('extension'))
    lines.push('Never high here: recommending another framework than the one the work extends means rewriting the running application.');
  if (caps.includes('contradiction')) lines.push('One step lower because some answers contradict each other.');
  lines.push(`Confidence: ${judgement.confidence}.`);
  return lines;
}
