// The recommendation in words: what each framework is, why the winner won (with each rule's source in the internal
// edition), what would make an alternative win. Sentences and blocks only; no layout, no prices.
import type { Assessment } from '../assessment';
import {
  type AnswerField,
  type Change,
  describeAnswer,
  type Flip,
  type Framework,
  FRAMEWORK_NAMES,
  FRAMEWORKS,
  questionLabel,
  QUESTIONS,
  type Reason,
  type Recommendation,
} from '../engine';
import type { Block } from './types';

export const frameworkName = (f: Framework): string => FRAMEWORK_NAMES[f];

export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** A score as printed: a true minus sign for negatives. */
export function score(n: number): string {
  return n < 0 ? `\u2212${-n}` : String(n);
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}

/** What each framework is, in a sentence a client can follow. */
export const CHARACTER: Record<Framework, string> = {
  django:
    'Django is a full-stack framework: the database layer, migrations, user accounts, an admin back office, forms and templates come in the box and are designed to work together.',
  flask: 'Flask is a microframework: it routes requests and leaves every other decision, from the database to logins, to the team and the extensions it picks.',
  fastapi: 'FastAPI is an asynchronous framework for APIs: it validates requests and publishes OpenAPI documentation straight from Python type hints.',
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

/** Reasons come one per framework a rule touches; a reader wants one entry per rule with all its effects. */
export function groupReasons(reasons: readonly Reason[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const reason of reasons) {
    let group = groups.get(reason.rule);
    if (group === undefined) {
      group = { rule: reason.rule, factor: reason.factor, text: reason.text, source: sourceOf(reason), effects: {} };
      groups.set(reason.rule, group);
    }
    if (reason.effect !== 0) group.effects[reason.framework] = reason.effect;
  }
  return [...groups.values()];
}

function effectsText(effects: Partial<Record<Framework, number>>): string {
  const parts = FRAMEWORKS.filter((f) => effects[f] !== undefined).map((f) => `${frameworkName(f)} ${signed(effects[f]!)}`);
  return parts.length === 0 ? 'no effect on the scores' : parts.join(', ');
}

function describeChange(change: Change): string {
  const label = questionLabel(change.field);
  const to = describeAnswer(change.field, change.to);
  if (change.from === null) return `\u201C${label}\u201D were answered \u201C${to}\u201D (it is open today)`;
  return `\u201C${label}\u201D were \u201C${to}\u201D rather than \u201C${describeAnswer(change.field, change.from)}\u201D`;
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

export function flipSentence(flip: Flip): string {
  return `If ${joinAnd(flip.changes.map(describeChange))}.${flip.note === undefined ? '' : ` ${flip.note}`}`;
}

export function confidenceText(r: Recommendation, total: number): string {
  const winner = frameworkName(r.recommended);
  const second = frameworkName(r.ranking[1]!.framework);
  const answered = `${r.answered} of ${total} questions answered`;
  if (r.answered === 0)
    return 'No questions have been answered yet, so this reflects our default position rather than your project. Treat it as a starting point for the conversation.';
  // Snapshots taken before engine 2 carry no tie sentence; they keep the wording they were exported with.
  const tieBreak = (r as Partial<Recommendation>).tieBreak;
  if (typeof tieBreak === 'string') return `Confidence is low, because the scores are level. ${tieBreak}`;
  if (r.margin === 0) {
    return `${winner} and ${second} finish level (${answered}), so the answers alone do not separate them. ${winner} is listed first by convention; the alternatives below show which answers would tip the balance.`;
  }
  const robust = (r as Partial<Recommendation>).robust;
  if (r.confidence === 'high' && robust !== undefined) {
    const evidence = plural(r.evidence, 'answer', 'answers');
    return `Confidence is high: ${winner} leads ${second} by ${plural(r.margin, 'point', 'points')}, on ${evidence} that move the scores, and no other framework has a must-have of its own${robust ? '; no change to one or two answers would overturn it' : ''}.`;
  }
  if (r.confidence === 'high') {
    return `Confidence is high: ${winner} leads ${second} by ${plural(r.margin, 'point', 'points')} with ${answered}, and no single changed answer would overturn it.`;
  }
  if (r.confidence === 'medium') {
    return `Confidence is moderate: ${winner} leads ${second} by ${plural(r.margin, 'point', 'points')} with ${answered}. The choice is sound, but a change in one or two answers could reopen it.`;
  }
  return `Confidence is low: ${winner} leads ${second} by only ${plural(r.margin, 'point', 'points')} with ${answered}. Treat this as a provisional recommendation and revisit it once the open points are settled.`;
}

/**
 * What speaks for and against the winner. The client edition gives each reason its sentence; the internal edition adds
 * the answer behind it, its weights and the rule's source.
 */
/**
 * The reasons for and against the winner. `rewriteDays`, when the estimate prices the rewrite of the running
 * application (shared/scope/project-items.ts), is written after the trade-off that names it, already formatted.
 */
export function reasoningBlocks(assessment: Assessment, r: Recommendation, internal: boolean, rewriteDays?: string): Block[] {
  const winner = frameworkName(r.recommended);
  const groups = groupReasons(r.reasons);
  const forWinner = groups.filter((g) => (g.effects[r.recommended] ?? 0) > 0);
  const neutral = groups.filter((g) => Object.keys(g.effects).length === 0);
  const against = groups.filter((g) => !forWinner.includes(g) && !neutral.includes(g));
  const item = (g: RuleGroup): { text: string; detail?: string } => {
    if (!internal) return { text: g.text };
    const answer = `${questionLabel(g.factor)}: ${describeAnswer(g.factor, assessment.requirements[g.factor])}.`;
    const source = g.source === null ? '' : ` Source: ${g.source}.`;
    return { text: g.text, detail: `${answer} Weight: ${effectsText(g.effects)}. Rule: ${g.rule}.${source}` };
  };
  const blocks: Block[] = [{ kind: 'subheading', text: `What speaks for ${winner}` }];
  blocks.push(
    forWinner.length > 0
      ? { kind: 'bullets', items: forWinner.map(item) }
      : { kind: 'paragraph', tone: 'muted', text: `No answer adds weight to ${winner} in particular; it leads because the others gained less.` },
  );
  // The winner's own costs for this project (engine 2 and later), then the points the others scored.
  const tradeOffs = ((r as Partial<Recommendation>).tradeOffs ?? []).map((t) => ({
    text: t.factor === 'extendingExisting' && rewriteDays !== undefined ? `${t.text} This proposal prices that rewrite at about ${rewriteDays}.` : t.text,
  }));
  if (against.length + tradeOffs.length > 0) {
    blocks.push({ kind: 'subheading', text: `What speaks against ${winner}` }, { kind: 'bullets', items: [...tradeOffs, ...against.map(item)] });
  }
  if (neutral.length > 0) {
    blocks.push({ kind: 'subheading', text: 'Also considered' }, { kind: 'bullets', items: neutral.map(item) });
  }
  return blocks;
}

/** The open questions a newer engine lists (`openQuestions`), as labels; empty for engines without them. */
export function openQuestionLabels(r: Recommendation, applies: (field: AnswerField) => boolean = () => true): string[] {
  const open = (r as Recommendation & { openQuestions?: unknown }).openQuestions;
  if (!Array.isArray(open)) return [];
  return open
    .map((q: unknown) => (q !== null && typeof q === 'object' && typeof (q as { field?: unknown }).field === 'string' ? (q as { field: string }).field : null))
    .filter((f): f is AnswerField => f !== null && QUESTIONS.some((q) => q.field === f))
    .filter((f) => applies(f))
    .map((f) => questionLabel(f));
}

/**
 * The internal edition's account of the confidence (engine 3 and later: `confidenceBasis`), and the answers that do
 * not fit together (`contradictions`). Empty for snapshots of older engines, so their re-exports keep their bytes.
 */
export function confidenceBlocks(r: Recommendation): Block[] {
  const basis = (r as Partial<Recommendation>).confidenceBasis ?? [];
  if (basis.length === 0) return [];
  return [
    { kind: 'subheading', text: 'How confidence was judged' },
    { kind: 'bullets', items: basis.map((text) => ({ text })) },
  ];
}

export function contradictionTexts(r: Recommendation): string[] {
  return ((r as Partial<Recommendation>).contradictions ?? []).map((c) => c.text);
}
