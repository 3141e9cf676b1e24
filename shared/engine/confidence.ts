// Reading the scores: the ranking with its stated tie-break, and how sure the engine may honestly be.
// Confidence rests on distinguishing evidence only (points one framework gets and the other does not), read per pair:
// the winner against each other framework, with caps that depend on the margin. Pure; shared/engine/README.md states
// the thresholds in words, and `confidenceBasis` writes how a given confidence was reached.
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { CHANGEABLE_FIELDS, plausibleAnswers } from './answers';
import { contradicts } from './contradictions';
import { RULES } from './knowledge';
import { type AnswerField, type Framework, FRAMEWORK_NAMES, FRAMEWORKS, type Requirements } from './requirements';
import { type Answers, CHECKS, countBits, fieldsOf, type Fired, NEEDS, positionOf, WEIGHTED, WEIGHTS } from './rule-facts';
import { favours, outrightWinner, rescore, type Scores, testHolds } from './score';
import { countOf, listAnd, numberLocale, say, type Text } from './sentences';

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

/** Points as a client reads them, with a true minus sign: "1 point", "−3 points", in `language`. */
function points(n: number, language: ProposalLanguage): string {
  const count = n < 0 ? `\u2212${(-n).toLocaleString(numberLocale(language))}` : n.toLocaleString(numberLocale(language));
  return countOf(Math.abs(n), m.engine_points_one, m.engine_points_other, language, count);
}

const names = (frameworks: readonly Framework[], language: ProposalLanguage): string =>
  listAnd(
    frameworks.map((f) => FRAMEWORK_NAMES[f]),
    language,
  );

/** The sentence that admits a tie and states the rule that put one framework first, in `language`. Null without a tie. */
export function tieBreakSentence(requirements: Requirements, scores: Scores, judgement: Judgement, language: ProposalLanguage = 'en'): string | null {
  if (judgement.tiedWith.length === 0) return null;
  const winner = judgement.order[0]!;
  const level = names([winner, ...judgement.tiedWith], language);
  const head =
    scores[winner] === 0 && Object.values(scores).every((s) => s === 0)
      ? m.engine_tie_level_zero({ names: level }, { locale: language })
      : m.engine_tie_level({ names: level, points: points(scores[winner], language) }, { locale: language });
  const why =
    requirements.existingFramework === winner
      ? m.engine_tie_runs({ winner: FRAMEWORK_NAMES[winner] }, { locale: language })
      : say(winner === 'django' ? m.engine_tie_django : m.engine_tie_flask, language);
  return `${head} ${why} ${say(m.engine_tie_open, language)}`;
}

const LEVEL_WORDS: Record<Confidence, Text> = { high: m.engine_confidence_high, medium: m.engine_confidence_medium, low: m.engine_confidence_low };

/** A confidence level as a word in `language` ("high"). */
export function confidenceWord(confidence: Confidence, language: ProposalLanguage = 'en'): string {
  return say(LEVEL_WORDS[confidence], language);
}

/** How the confidence was reached, one sentence per step in `language`, for the internal edition and the curious consultant. */
export function confidenceBasis(judgement: Judgement, scores: Scores, language: ProposalLanguage = 'en'): string[] {
  const winner = judgement.order[0]!;
  const locale = { locale: language };
  const lines: string[] = [];
  if (judgement.tiedWith.length > 0) {
    lines.push(m.engine_basis_tie({ names: names([winner, ...judgement.tiedWith], language), points: points(scores[winner], language) }, locale));
  }
  for (const pair of judgement.pairs) {
    const step = winner === 'django' || pair.other === 'django' ? STEP_FULL_STACK : STEP_MICRO;
    lines.push(
      m.engine_basis_pair(
        {
          winner: FRAMEWORK_NAMES[winner],
          other: FRAMEWORK_NAMES[pair.other],
          lead: points(pair.lead, language),
          specific: points(pair.specific, language),
          own: points(pair.own, language),
          level: confidenceWord(LEVELS[pair.level]!, language),
          high: step.high,
          medium: step.medium,
        },
        locale,
      ),
    );
  }
  const caps = judgement.caps;
  const limited = caps.includes('evidence');
  lines.push(
    countOf(
      judgement.evidence,
      (inputs, options) =>
        (limited ? m.engine_basis_evidence_one_limited : m.engine_basis_evidence_one)({ ...inputs, high: EVIDENCE.high, medium: EVIDENCE.medium }, options),
      (inputs, options) =>
        (limited ? m.engine_basis_evidence_other_limited : m.engine_basis_evidence_other)({ ...inputs, high: EVIDENCE.high, medium: EVIDENCE.medium }, options),
      language,
    ),
  );
  if (caps.includes('one-change')) lines.push(say(m.engine_basis_one_change, language));
  if (caps.includes('extension')) lines.push(say(m.engine_basis_extension, language));
  if (caps.includes('contradiction')) lines.push(say(m.engine_basis_contradiction, language));
  lines.push(m.engine_basis_result({ level: confidenceWord(judgement.confidence, language) }, locale));
  return lines;
}
