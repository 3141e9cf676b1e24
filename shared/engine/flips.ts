// Flips: the smallest sets of changed answers that make another framework win, single changes first, then pairs.
// Candidates are searched with per-answer score deltas; every reported flip is then verified by re-scoring.
import { ANSWER_FIELDS, FRAMEWORKS, QUESTIONS, type AnswerField, type Framework, type Requirements } from './requirements';
import { contribution, rulesFor, score, winner, type Scores } from './score';

export type AnswerValue = string | number | boolean;
export interface Change {
  field: AnswerField;
  from: AnswerValue | null;
  to: AnswerValue;
}
export interface Flip {
  changes: Change[];
  winner: Framework;
}

/** How many flips are reported per other framework: enough to explain, few enough to read. */
const FLIPS_PER_FRAMEWORK = 3;

interface Candidate {
  change: Change;
  delta: Scores;
}

function sameScores(a: Scores, b: Scores): boolean {
  return FRAMEWORKS.every((f) => a[f] === b[f]);
}

/** The values an answer could change to: every option, or for numbers one representative per band the rules distinguish. */
function alternativeValues(field: AnswerField, current: unknown): AnswerValue[] {
  const question = QUESTIONS.find((q) => q.field === field);
  if (question === undefined) return [];
  if (question.kind === 'boolean') return [true, false].filter((v) => v !== current);
  if (question.kind === 'choice') return question.options.map((o) => o.value).filter((v) => v !== current);
  const points = new Set<number>();
  for (const rule of rulesFor(field)) {
    const when = rule.when;
    if ('is' in when) continue;
    if (when.atLeast !== undefined) points.add(when.atLeast).add(when.atLeast - 1);
    if (when.atMost !== undefined) points.add(when.atMost).add(when.atMost + 1);
  }
  const inRange = [...points].filter((v) => v >= question.min && v <= question.max && v !== current);
  const anchor = typeof current === 'number' ? current : question.min;
  // The nearest value of each band reads most naturally: "from 3 to 5", not "from 3 to 1000".
  inRange.sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor) || a - b);
  const seen: Scores[] = [contribution(field, current)];
  const chosen: number[] = [];
  for (const value of inRange) {
    const c = contribution(field, value);
    if (seen.some((s) => sameScores(s, c))) continue;
    seen.push(c);
    chosen.push(value);
  }
  return chosen.sort((a, b) => a - b);
}

function candidates(requirements: Requirements): Candidate[] {
  const list: Candidate[] = [];
  for (const field of ANSWER_FIELDS) {
    const current = requirements[field];
    const base = contribution(field, current);
    for (const to of alternativeValues(field, current)) {
      const next = contribution(field, to);
      const delta: Scores = { django: next.django - base.django, flask: next.flask - base.flask, fastapi: next.fastapi - base.fastapi };
      if (FRAMEWORKS.every((f) => delta[f] === 0)) continue;
      list.push({ change: { field, from: current ?? null, to }, delta });
    }
  }
  return list;
}

function add(scores: Scores, ...deltas: Scores[]): Scores {
  const out = { ...scores };
  for (const d of deltas) for (const f of FRAMEWORKS) out[f] += d[f];
  return out;
}

function lead(scores: Scores, framework: Framework): number {
  let other = -Infinity;
  for (const f of FRAMEWORKS) if (f !== framework) other = Math.max(other, scores[f]);
  return scores[framework] - other;
}

export function applyChanges(requirements: Requirements, changes: readonly Change[]): Requirements {
  const next: Record<string, unknown> = { ...requirements };
  for (const change of changes) next[change.field] = change.to;
  return next as Requirements;
}

interface Found {
  changes: Change[];
  lead: number;
  order: number;
}

export function findFlips(requirements: Requirements, base: Scores = score(requirements)): Flip[] {
  const current = winner(base);
  const list = candidates(requirements);
  const singles = new Map<Framework, Found[]>();
  const singleWinner: (Framework | null)[] = [];
  list.forEach((c, i) => {
    const next = add(base, c.delta);
    const w = winner(next);
    singleWinner.push(w === current ? null : w);
    if (w !== current) {
      const found = singles.get(w) ?? [];
      found.push({ changes: [c.change], lead: lead(next, w), order: i });
      singles.set(w, found);
    }
  });

  const flips: Flip[] = [];
  for (const target of FRAMEWORKS) {
    if (target === current) continue;
    let found = singles.get(target) ?? [];
    if (found.length === 0) {
      found = [];
      for (let i = 0; i < list.length; i++) {
        const a = list[i]!;
        if (singleWinner[i] === target) continue;
        for (let j = i + 1; j < list.length; j++) {
          const b = list[j]!;
          if (a.change.field === b.change.field || singleWinner[j] === target) continue;
          const next = add(base, a.delta, b.delta);
          if (winner(next) !== target) continue;
          found.push({ changes: [a.change, b.change], lead: lead(next, target), order: i * list.length + j });
        }
      }
    }
    found.sort((x, y) => y.lead - x.lead || x.order - y.order);
    let kept = 0;
    for (const f of found) {
      if (kept === FLIPS_PER_FRAMEWORK) break;
      if (winner(score(applyChanges(requirements, f.changes))) !== target) continue;
      flips.push({ changes: f.changes, winner: target });
      kept++;
    }
  }
  return flips.sort((a, b) => a.changes.length - b.changes.length);
}
