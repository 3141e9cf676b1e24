// Flips: the nearest changed answers that make another framework win outright, each a change a client could plausibly
// make and that the rules connect to that framework (it gains points, and gains on the current winner). Never a change
// to what is being built, to the framework in use or to whether the work extends it (that would be another project),
// nor an architecture made "unusual". Candidates are found with partial re-scoring, then every reported flip is
// verified by scoring the changed record in full.
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
import { type AnswerValue, CHANGEABLE_FIELDS, changeDistance, FIXED_FIELDS, plausibleAnswers } from './answers';
import { judge } from './confidence';
import { RULES } from './knowledge';
import { type AnswerField, type Framework, FRAMEWORK_NAMES, FRAMEWORKS, QUESTIONS, type Requirements } from './requirements';
import { type Answers, fieldsOf, type Fired, positionOf, readAnswers } from './rule-facts';
import { favours, fire, outrightWinner, rescore, rescorePair, type Scores, sumFired } from './score';

export type { AnswerValue };
export { FIXED_FIELDS };
export interface Change {
  field: AnswerField;
  from: AnswerValue | null;
  to: AnswerValue;
}
export interface Flip {
  changes: Change[];
  winner: Framework;
  /** A cost the change carries beyond the scores (rewriting a running codebase), in a sentence; absent otherwise. */
  note?: string;
}

/** At most this many flips: enough to explain, few enough to read. */
export const MAX_FLIPS = 5;
const MAX_PER_FRAMEWORK = 3;

interface Candidate {
  change: Change;
  scores: Scores;
  distance: number;
  fieldIndex: number;
}

export function applyChanges(requirements: Requirements, changes: readonly Change[]): Requirements {
  const next: Record<string, unknown> = { ...requirements };
  for (const change of changes) next[change.field] = change.to;
  return next;
}

/** Pairs of answers read by one same rule: changing both is not the sum of changing each. */
const INTERACTING = new Uint8Array(QUESTIONS.length * QUESTIONS.length);
for (const rule of RULES) {
  const fields = fieldsOf(rule).map(positionOf);
  for (const a of fields) for (const b of fields) INTERACTING[a * QUESTIONS.length + b] = 1;
}

function candidates(answers: Answers, fired: Fired, base: Scores): Candidate[] {
  const list: Candidate[] = [];
  for (const field of CHANGEABLE_FIELDS) {
    const current = answers[positionOf(field)] as AnswerValue | undefined;
    for (const to of plausibleAnswers(field, current)) {
      const scores = rescore(answers, fired, base, field, to);
      if (scores.django === base.django && scores.flask === base.flask && scores.fastapi === base.fastapi) continue;
      list.push({ change: { field, from: current ?? null, to }, scores, distance: changeDistance(field, current, to), fieldIndex: positionOf(field) });
    }
  }
  return list;
}

interface Found {
  changes: Change[];
  winner: Framework;
  distance: number;
  order: number;
}

/** The sentence for a flip that leaves a codebase the work extends: any such flip means a rewrite. */
function noteFor(requirements: Requirements, winner: Framework, language: ProposalLanguage): string | undefined {
  const existing = requirements.existingFramework;
  if (requirements.extendingExisting !== true || existing === undefined || existing === 'none' || existing === winner) return undefined;
  return m.engine_flip_note({ winner: FRAMEWORK_NAMES[winner], from: FRAMEWORK_NAMES[existing] }, { locale: language });
}

/** A stored flip's note in `language`, written again from the answers; the stored note when they no longer give it. */
export function flipNoteText(flip: Flip, requirements: Requirements, language: ProposalLanguage): string | undefined {
  if (flip.note === undefined) return undefined;
  return noteFor(requirements, flip.winner, 'en') === flip.note ? noteFor(requirements, flip.winner, language) : flip.note;
}

export interface FlipSearch {
  flips: Flip[];
  /** True when no change of one or two answers makes another framework win. */
  robust: boolean;
}

export function findFlips(
  requirements: Requirements,
  answers: Answers,
  fired: Fired,
  base: Scores,
  current: Framework,
  language: ProposalLanguage = 'en',
): FlipSearch {
  const list = candidates(answers, fired, base);
  const found: Found[] = [];
  const singleWinner = list.map((c) => outrightWinner(c.scores.django, c.scores.flask, c.scores.fastapi));
  list.forEach((c, i) => {
    const w = singleWinner[i]!;
    if (w !== null && w !== current && favours(base, c.scores, current, w)) found.push({ changes: [c.change], winner: w, distance: c.distance, order: i });
  });

  // Pairs only towards frameworks that no single change reaches, and never containing a change that reaches it alone.
  const reached = new Set(found.map((f) => f.winner));
  const targets = FRAMEWORKS.filter((f) => f !== current && !reached.has(f));
  if (targets.length > 0) {
    // Without a shared rule, a pair is the sum of its changes; then a change that improves no target's standing
    // against anyone cannot be half of a minimal pair (the other change would win alone).
    const helps = list.map((c) => targets.some((t) => FRAMEWORKS.some((f) => f !== t && c.scores[t] - c.scores[f] > base[t] - base[f])));
    // Only the nearest few pairs per framework are kept (pairs are met in order, so a later one must be nearer).
    const best = new Map<Framework, Found[]>();
    const keep = MAX_PER_FRAMEWORK + 1;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j]!;
        if (a.fieldIndex === b.fieldIndex) continue;
        const interacting = INTERACTING[a.fieldIndex * QUESTIONS.length + b.fieldIndex] === 1;
        if (!interacting && !(helps[i] && helps[j])) continue;
        const scores: Scores = interacting
          ? rescorePair(answers, fired, base, a.change.field, a.change.to, a.scores, b.change.field, b.change.to, b.scores)
          : {
              django: a.scores.django + b.scores.django - base.django,
              flask: a.scores.flask + b.scores.flask - base.flask,
              fastapi: a.scores.fastapi + b.scores.fastapi - base.fastapi,
            };
        const w = outrightWinner(scores.django, scores.flask, scores.fastapi);
        if (w === null || !targets.includes(w) || singleWinner[i] === w || singleWinner[j] === w || !favours(base, scores, current, w)) continue;
        const distance = a.distance + b.distance;
        const kept = best.get(w) ?? [];
        if (kept.length === keep && kept[keep - 1]!.distance <= distance) continue;
        kept.push({ changes: [a.change, b.change], winner: w, distance, order: list.length * (i + 1) + j });
        kept.sort((x, y) => x.distance - y.distance || x.order - y.order);
        if (kept.length > keep) kept.pop();
        best.set(w, kept);
      }
    }
    for (const pairs of best.values()) found.push(...pairs);
  }

  found.sort((x, y) => x.changes.length - y.changes.length || x.distance - y.distance || x.order - y.order);
  const flips: Flip[] = [];
  const perFramework = new Map<Framework, number>();
  // One flip per framework first, so each alternative is shown if it can win at all; then the nearest of the rest.
  const firsts = FRAMEWORKS.map((f) => found.find((x) => x.winner === f)).filter((x): x is Found => x !== undefined);
  const ordered = [...firsts, ...found.filter((x) => !firsts.includes(x))];
  const kept: Found[] = [];
  for (const f of ordered) {
    if (kept.length === MAX_FLIPS) break;
    if ((perFramework.get(f.winner) ?? 0) === MAX_PER_FRAMEWORK) continue;
    const next = readAnswers(applyChanges(requirements, f.changes));
    const nextFired = fire(next);
    const check = judge(next, sumFired(nextFired), nextFired);
    if (check.order[0] !== f.winner || check.tiedWith.length > 0) continue;
    kept.push(f);
    perFramework.set(f.winner, (perFramework.get(f.winner) ?? 0) + 1);
  }
  kept.sort((x, y) => x.changes.length - y.changes.length || x.distance - y.distance || x.order - y.order);
  for (const f of kept) {
    const note = noteFor(requirements, f.winner, language);
    flips.push(note === undefined ? { changes: f.changes, winner: f.winner } : { changes: f.changes, winner: f.winner, note });
  }
  return { flips, robust: found.length === 0 };
}

/** The sentence shown when nothing near flips the result. */
export function robustSentence(winner: Framework, language: ProposalLanguage = 'en'): string {
  return m.engine_robust({ winner: FRAMEWORK_NAMES[winner] }, { locale: language });
}
