// The proposal model: every sentence, label and number the PDF shows, built from an assessment, its recommendation,
// the branding and the revision being exported. Pure and deterministic (no clock, no locale); layout is render.ts's job.
import type { Assessment } from '../assessment';
import type { Branding } from '../branding';
import {
  FRAMEWORK_NAMES,
  FRAMEWORKS,
  QUESTIONS,
  describeAnswer,
  questionLabel,
  type AnswerField,
  type Change,
  type Flip,
  type Framework,
  type Reason,
  type Recommendation,
} from '../engine';
import { readLogo, type LogoImage } from './logo';
import { cleanLine, cleanText } from './text';

export type Rgb = readonly [number, number, number];

export type Block =
  | { kind: 'paragraph'; text: string; tone?: 'body' | 'muted' | 'lead' }
  | { kind: 'subheading'; text: string }
  | { kind: 'bullets'; items: { text: string; detail?: string }[]; numbered?: boolean }
  | {
      kind: 'table';
      columns: { title: string; share: number; bold?: boolean }[];
      rows: string[][];
      /**
       * Every cell and heading is text Scopewise writes itself (question labels, answer words, framework and stack
       * component names), never a user's: the renderer may then hand the table to jspdf-autotable, which draws each
       * cell in one font. Tables without it may hold user text that needs the CJK fallback, and keep the line layout.
       */
      productText?: true;
    }
  | { kind: 'chart'; bars: { label: string; value: number; display: string; highlight: boolean }[]; caption: string }
  | { kind: 'callout'; label: string; title: string; lines: string[] };

export interface Section {
  title: string;
  blocks: Block[];
  /** Start on a fresh page (the contact page does). */
  newPage?: boolean;
}

export interface ProposalModel {
  /** The PDF's metadata; issuedAt (ISO 8601 with offset) is also its creation date. */
  document: { title: string; subject: string; author: string; keywords: string; issuedAt: string };
  brand: {
    companyName: string;
    primary: Rgb;
    accent: Rgb;
    logo: LogoImage | null;
    /** Footer lines on every page after the cover. */
    footer: string[];
  };
  cover: {
    kicker: string;
    title: string;
    clientLabel: string;
    client: string;
    facts: { label: string; value: string }[];
    closing: string;
  };
  /** Running header text, beside the logo. */
  header: string;
  /** Footer page label; {page} and {pages} are filled in. */
  pageLabel: string;
  sections: Section[];
}

/** Which revision is exported: its number and when it was saved (the PDF's date, so re-exports are identical). */
export interface RevisionInfo {
  number: number;
  savedAt: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "12 March 2026" from the date part of an ISO timestamp, as written (the consultant's own day, not UTC's). */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month === undefined ? iso : `${Number(match[3])} ${month} ${match[1]}`;
}

function hexToRgb(hex: string): Rgb {
  const value = /^#[0-9a-fA-F]{6}$/.test(hex) ? parseInt(hex.slice(1), 16) : 0x1f3a5f;
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

const name = (f: Framework): string => FRAMEWORK_NAMES[f];

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** A score as printed: a true minus sign for negatives. */
function score(n: number): string {
  return n < 0 ? `\u2212${-n}` : String(n);
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}

/** What each framework is, in a sentence a client can follow (after the guide's descriptions). */
const CHARACTER: Record<Framework, string> = {
  django:
    'Django is a full-stack framework: the database layer, migrations, user accounts, an admin back office, forms and templates come in the box and are designed to work together.',
  flask:
    'Flask is a microframework: it routes requests and leaves every other decision, from the database to logins, to the team and the extensions it picks.',
  fastapi:
    'FastAPI is an asynchronous framework for APIs: it validates requests and publishes OpenAPI documentation straight from Python type hints.',
};

interface RuleGroup {
  rule: string;
  factor: AnswerField;
  text: string;
  effects: Partial<Record<Framework, number>>;
}

/** Reasons come one per framework a rule touches; a reader wants one entry per rule with all its effects. */
function groupReasons(reasons: readonly Reason[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const reason of reasons) {
    let group = groups.get(reason.rule);
    if (group === undefined) {
      group = { rule: reason.rule, factor: reason.factor, text: reason.text, effects: {} };
      groups.set(reason.rule, group);
    }
    if (reason.effect !== 0) group.effects[reason.framework] = reason.effect;
  }
  return [...groups.values()];
}

function effectsText(effects: Partial<Record<Framework, number>>): string {
  const parts = FRAMEWORKS.filter((f) => effects[f] !== undefined).map((f) => `${name(f)} ${signed(effects[f]!)}`);
  return parts.length === 0 ? 'no effect on the scores' : parts.join(', ');
}

function answerOf(assessment: Assessment, field: AnswerField): string {
  return describeAnswer(field, assessment.requirements[field]);
}

function describeChange(change: Change): string {
  const label = questionLabel(change.field);
  const to = describeAnswer(change.field, change.to);
  if (change.from === null) return `\u201C${label}\u201D were answered \u201C${to}\u201D (it is open today)`;
  return `\u201C${label}\u201D were \u201C${to}\u201D rather than \u201C${describeAnswer(change.field, change.from)}\u201D`;
}

function flipSentence(flip: Flip): string {
  return `If ${joinAnd(flip.changes.map(describeChange))}.${flip.note === undefined ? '' : ` ${flip.note}`}`;
}

function confidenceText(r: Recommendation, total: number): string {
  const winner = name(r.recommended);
  const second = name(r.ranking[1]!.framework);
  const answered = `${r.answered} of ${total} questions answered`;
  if (r.answered === 0) return 'No questions have been answered yet, so this reflects our default position rather than your project. Treat it as a starting point for the conversation.';
  // Snapshots taken before engine 2 carry no tie sentence; they keep the wording they were exported with.
  const tieBreak = (r as Partial<Recommendation>).tieBreak;
  if (typeof tieBreak === 'string') return `Confidence is low, because the scores are level. ${tieBreak}`;
  if (r.margin === 0) {
    return `${winner} and ${second} finish level (${answered}), so the answers alone do not separate them. ${winner} is listed first by convention; the alternatives below show which answers would tip the balance.`;
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
 * Builds the model. The logo is decoded and checked here, so a bad logo is refused (AppError) before rendering starts.
 * Text is cleaned (control characters dropped) but never shortened: layout decides what fits where.
 */
export function buildProposalModel(assessment: Assessment, recommendation: Recommendation, branding: Branding, revision: RevisionInfo): ProposalModel {
  const logo = readLogo(branding.logo);
  const company = cleanLine(branding.companyName) || 'Our consultancy';
  const client = cleanLine(assessment.clientName);
  const project = cleanLine(assessment.projectTitle);
  const consultant = cleanLine(assessment.consultant) || cleanLine(branding.consultantName);
  const clientName = client || 'the client';
  const r = recommendation;
  const winner = name(r.recommended);
  const total = QUESTIONS.length;
  const date = formatDate(revision.savedAt);
  const groups = groupReasons(r.reasons);

  const forWinner = groups.filter((g) => (g.effects[r.recommended] ?? 0) > 0);
  const neutral = groups.filter((g) => Object.keys(g.effects).length === 0);
  const against = groups.filter((g) => !forWinner.includes(g) && !neutral.includes(g));
  const reasonItem = (g: RuleGroup): { text: string; detail: string } => ({
    text: g.text,
    detail: `${questionLabel(g.factor)}: ${answerOf(assessment, g.factor)}. Weight: ${effectsText(g.effects)}.`,
  });

  const contacts = [branding.email, branding.website, branding.phone].map(cleanLine).filter((s) => s !== '');
  const address = cleanLine(branding.address);

  // Executive summary.
  const summary: Block[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text: `${project ? `For \u201C${project}\u201D` : 'For this project'}${client ? `, prepared for ${client},` : ''} we recommend building with ${winner}. We would start from ${r.stack.summary}.`,
    },
    {
      kind: 'callout',
      label: 'Our recommendation',
      title: winner,
      lines: [
        `Suggested stack: ${r.stack.summary}`,
        `Scores: ${r.ranking.map((x) => `${name(x.framework)} ${score(x.score)}`).join(' \u00B7 ')}`,
        `Confidence: ${r.confidence} (${r.answered} of ${total} questions answered)`,
      ],
    },
    { kind: 'paragraph', text: confidenceText(r, total) },
  ];
  if (forWinner.length > 0) {
    summary.push({ kind: 'subheading', text: `Why ${winner}` });
    summary.push({ kind: 'bullets', items: forWinner.slice(0, 3).map((g) => ({ text: g.text })) });
  }

  // Requirements.
  const answered = QUESTIONS.filter((q) => assessment.requirements[q.field] !== undefined);
  const open = QUESTIONS.filter((q) => assessment.requirements[q.field] === undefined);
  const requirements: Block[] = [
    {
      kind: 'paragraph',
      text: `These are the answers recorded in our workshop with ${clientName}. Every recommendation in this document follows from them; an open question counts as neutral and moves no score.`,
    },
  ];
  if (answered.length > 0) {
    requirements.push({
      kind: 'table',
      columns: [
        { title: 'Topic', share: 0.26 },
        { title: 'Question', share: 0.38, bold: true },
        { title: 'Answer', share: 0.36 },
      ],
      rows: answered.map((q) => [q.section, q.label, answerOf(assessment, q.field)]),
      productText: true,
    });
  } else requirements.push({ kind: 'paragraph', tone: 'muted', text: 'No questions have been answered yet.' });
  if (open.length > 0 && answered.length > 0) {
    requirements.push({ kind: 'paragraph', tone: 'muted', text: `Still open: ${joinAnd(open.map((q) => q.label))}.` });
  }

  // Recommendation and chart.
  const first = r.ranking[0]!;
  const recommendationBlocks: Block[] = [
    {
      kind: 'paragraph',
      text: 'Each answer adds weight to the frameworks it suits and, now and then, takes weight from one it does not. The totals below decide the ranking; the highest total wins.',
    },
    {
      kind: 'chart',
      bars: r.ranking.map((x) => ({ label: name(x.framework), value: x.score, display: score(x.score), highlight: x.framework === r.recommended })),
      caption: `Score: the sum of the weights of every answered question. ${r.ranking.map((x) => `${name(x.framework)} ${score(x.score)}`).join(', ')}.`,
    },
    { kind: 'paragraph', text: CHARACTER[r.recommended] },
  ];

  // Reasoning.
  const reasoning: Block[] = [{ kind: 'subheading', text: `What speaks for ${winner}` }];
  reasoning.push(forWinner.length > 0 ? { kind: 'bullets', items: forWinner.map(reasonItem) } : { kind: 'paragraph', tone: 'muted', text: `No answer adds weight to ${winner} in particular; it leads because the others gained less.` });
  reasoning.push({ kind: 'subheading', text: `What speaks against ${winner}` });
  // The winner's own costs for this project (engine 2 and later), then the points the others scored.
  const tradeOffs = ((r as Partial<Recommendation>).tradeOffs ?? []).map((t) => ({ text: t.text }));
  reasoning.push(
    against.length + tradeOffs.length > 0
      ? { kind: 'bullets', items: [...tradeOffs, ...against.map(reasonItem)] }
      : { kind: 'paragraph', tone: 'muted', text: `None of the answers favours another framework over ${winner}.` },
  );
  if (neutral.length > 0) {
    reasoning.push({ kind: 'subheading', text: 'Also considered' });
    reasoning.push({ kind: 'bullets', items: neutral.map(reasonItem) });
  }

  // Alternatives.
  const alternatives: Block[] = [];
  for (const entry of r.ranking.slice(1)) {
    const gap = first.score - entry.score;
    alternatives.push({ kind: 'subheading', text: `${name(entry.framework)} \u2014 score ${score(entry.score)}, ${gap === 0 ? 'level with' : `${plural(gap, 'point', 'points')} behind`} ${winner}` });
    alternatives.push({ kind: 'paragraph', text: CHARACTER[entry.framework] });
    const flips = r.flips.filter((f) => f.winner === entry.framework);
    if (flips.length > 0) {
      alternatives.push({ kind: 'paragraph', text: `${name(entry.framework)} would come out ahead:` });
      alternatives.push({ kind: 'bullets', items: flips.map((f) => ({ text: flipSentence(f) })) });
    } else {
      alternatives.push({
        kind: 'paragraph',
        tone: 'muted',
        text: `No change to one or two answers would put ${name(entry.framework)} ahead; it would take a substantially different project.`,
      });
    }
  }

  // Stack and next steps.
  const stack: Block[] = [
    { kind: 'paragraph', text: `We would build on ${r.stack.summary}. Each part has a clear job:` },
    {
      kind: 'table',
      columns: [
        { title: 'Component', share: 0.34, bold: true },
        { title: 'Role in the project', share: 0.66 },
      ],
      rows: r.stack.components.map((c) => [c.name, c.purpose]),
      productText: true,
    },
  ];
  const steps: { text: string }[] = [];
  steps.push({
    text:
      open.length > 0
        ? `Review this proposal together and settle the ${plural(open.length, 'open question', 'open questions')}; each answer firms up the recommendation.`
        : 'Review this proposal together and confirm that the answers still describe the project.',
  });
  steps.push({ text: 'Agree the scope of a first release: the users, the main journeys and what can wait.' });
  steps.push({ text: `Set up the project skeleton on ${r.stack.summary}, with automated tests and deployment from the first week.` });
  steps.push({ text: 'Build one thin slice end to end, so the choice is proven on real code before the full plan is fixed.' });
  steps.push({ text: `Plan the delivery with ${company}: team, milestones and estimate.` });
  stack.push({ kind: 'subheading', text: 'Next steps' });
  stack.push({ kind: 'bullets', numbered: true, items: steps });

  const sections: Section[] = [
    { title: 'Executive summary', blocks: summary },
    { title: 'Your requirements', blocks: requirements },
    { title: `Recommendation: ${winner}`, blocks: recommendationBlocks },
    { title: 'Reasoning', blocks: reasoning },
    { title: 'Alternatives and when they would win', blocks: alternatives },
    { title: 'Suggested stack and next steps', blocks: stack },
  ];

  const notes = [cleanText(assessment.notes).trim(), cleanText(assessment.requirements.notes ?? '').trim()].filter((n, i, all) => n !== '' && all.indexOf(n) === i);
  if (notes.length > 0) {
    sections.push({ title: 'Workshop notes', blocks: notes.map((text) => ({ kind: 'paragraph', text })) });
  }

  const contactRows: string[][] = [];
  if (branding.email.trim()) contactRows.push(['Email', cleanLine(branding.email)]);
  if (branding.website.trim()) contactRows.push(['Website', cleanLine(branding.website)]);
  if (branding.phone.trim()) contactRows.push(['Phone', cleanLine(branding.phone)]);
  if (address) contactRows.push(['Address', address]);
  if (consultant) contactRows.push(['Your consultant', consultant]);
  const contact: Block[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text: `${company} designs and builds production web applications in Python with Django, Flask and FastAPI, choosing the framework that fits each project rather than the one we used last.`,
    },
    {
      kind: 'paragraph',
      text: `We would be glad to walk ${client ? `the ${client} team` : 'your team'} through this proposal and turn it into a delivery plan.`,
    },
  ];
  if (contactRows.length > 0) {
    contact.push({
      kind: 'table',
      columns: [
        { title: 'Contact', share: 0.3, bold: true },
        { title: company, share: 0.7 },
      ],
      rows: contactRows,
    });
  }
  sections.push({ title: 'Let\u2019s talk', blocks: contact, newPage: true });

  const facts = [
    { label: 'Project', value: project || 'Untitled project' },
    { label: 'Recommendation', value: `${winner} (${r.confidence} confidence)` },
    { label: 'Date', value: date },
    ...(consultant ? [{ label: 'Consultant', value: consultant }] : []),
    { label: 'Prepared by', value: company },
    { label: 'Revision', value: String(revision.number) },
  ];

  return {
    document: {
      title: project ? `${project} \u2014 framework proposal` : 'Framework proposal',
      subject: `Recommendation: ${winner}${client ? ` for ${client}` : ''}`,
      author: consultant ? `${consultant}, ${company}` : company,
      keywords: `${winner}, Python, web framework, proposal`,
      issuedAt: revision.savedAt,
    },
    brand: {
      companyName: company,
      primary: hexToRgb(branding.primaryColour),
      accent: hexToRgb(branding.accentColour),
      logo,
      footer: [company, [...contacts, address].filter((s) => s !== '').join('  \u00B7  ')].filter((s) => s !== ''),
    },
    cover: {
      kicker: 'Python web framework proposal',
      title: project || 'Framework recommendation',
      clientLabel: 'Prepared for',
      client: client || 'Client not named',
      facts,
      closing: `${company}${contacts.length > 0 ? `  \u00B7  ${contacts.join('  \u00B7  ')}` : ''}`,
    },
    header: [project, client].filter((s) => s !== '').join('  \u00B7  ') || 'Framework proposal',
    pageLabel: 'Page {page} of {pages}',
    sections,
  };
}
