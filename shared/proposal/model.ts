// The proposal model: every sentence, label and number the PDF shows, built from an assessment, its recommendation,
// the branding, the revision being exported, its scope and the proposal settings, in the chosen edition.
// Pure and deterministic (no clock; the locale comes from the settings); layout is render.ts's job.
import type { Assessment } from '../assessment';
import { type Branding, DEFAULT_PROPOSAL_SETTINGS, type ProposalSettings } from '../branding';
import { CONTEXT_QUESTIONS, describeAnswer, describeContext, QUESTIONS, type Recommendation } from '../engine';
import { estimateScope } from '../scope/estimate';
import type { Scope } from '../scope/schema';
import {
  alternativeCost,
  assumptionsSection,
  type Commercial,
  investmentSection,
  investmentSentence,
  optionsSection,
  recommendedTier,
  scopeSection,
  timelineSection,
  workingSection,
} from './commercial';
import { addDays, formatterFor } from './formatting';
import { type LogoImage, readLogo } from './logo';
import {
  CHARACTER,
  confidenceBlocks,
  confidenceText,
  contradictionTexts,
  flipSentence,
  frameworkName as name,
  joinAnd,
  openQuestionLabels,
  plural,
  reasoningBlocks,
  score,
} from './reasoning';
import { cleanLine, cleanText } from './text';

export type Rgb = readonly [number, number, number];

export type Block =
  | { kind: 'paragraph'; text: string; tone?: 'body' | 'muted' | 'lead' }
  | { kind: 'subheading'; text: string }
  | { kind: 'bullets'; items: { text: string; detail?: string }[]; numbered?: boolean }
  | {
      kind: 'table';
      columns: { title: string; share: number; bold?: boolean; align?: 'left' | 'right' }[];
      rows: string[][];
      /** Rows printed bold with a rule above (a total). */
      emphasis?: number[];
      /** A column tinted and its heading marked (the recommended option). */
      highlightColumn?: number;
      /**
       * Every cell and heading is text Scopewise writes itself (question labels, answer words, framework and stack
       * component names), never a user's: the renderer may then hand the table to jspdf-autotable, which draws each
       * cell in one font. Tables without it may hold user text that needs the CJK fallback, and keep the line layout.
       */
      productText?: true;
    }
  | { kind: 'chart'; bars: { label: string; value: number; display: string; highlight: boolean }[]; caption: string }
  | { kind: 'callout'; label: string; title: string; lines: string[] }
  /** Bars on a scale of `total` units, each starting where the one before ended (a plain Gantt chart). */
  | { kind: 'gantt'; bars: { label: string; start: number; length: number; display: string }[]; total: number; axisLabel: string; caption: string }
  /** Signature boxes side by side, one per party, each with a line per field; kept whole on one page. */
  | { kind: 'signature'; parties: { heading: string; organisation: string; fields: string[] }[] };

export interface Section {
  title: string;
  blocks: Block[];
  /** Start on a fresh page. */
  newPage?: boolean;
  /** Print the section whole on one page (the acceptance block): it moves to the next page when it does not fit. */
  keepTogether?: boolean;
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
  /** The proposal's language as a BCP 47 tag, the PDF's /Lang; English ('en') when absent. */
  language?: string;
}

/** Which revision is exported: its number and when it was saved (the PDF's date, so re-exports are identical). */
export interface RevisionInfo {
  number: number;
  savedAt: string;
}

/** `client` goes to the client (the default); `internal` adds the notes, the rules' sources and the estimate's working. */
export type Edition = 'client' | 'internal';
export const EDITIONS: readonly Edition[] = ['client', 'internal'];

export interface ProposalOptions {
  edition?: Edition;
  /** The assessment's scope; when absent, the assessment's own `scope` field if it has one. */
  scope?: Scope;
  settings?: ProposalSettings;
  /** The proposal number given at the first export (db/proposal-numbers.ts); none in a preview before it. */
  number?: string;
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

function scopeOf(assessment: Assessment, options: ProposalOptions): Scope | null {
  if (options.scope !== undefined) return options.scope;
  const own = (assessment as Assessment & { scope?: Scope | null }).scope;
  return own ?? null;
}

/**
 * Builds the model. The logo is decoded and checked here, so a bad logo is refused (AppError) before rendering starts;
 * so are a locale or currency Intl cannot write. Text is cleaned (control characters dropped) but never shortened:
 * layout decides what fits where. Each section is left out when it would be empty.
 */
export function buildProposalModel(
  assessment: Assessment,
  recommendation: Recommendation,
  branding: Branding,
  revision: RevisionInfo,
  options: ProposalOptions = {},
): ProposalModel {
  const edition = options.edition ?? 'client';
  const internal = edition === 'internal';
  const settings = options.settings ?? DEFAULT_PROPOSAL_SETTINGS;
  const logo = readLogo(branding.logo);
  const company = cleanLine(branding.companyName) || 'Our consultancy';
  const client = cleanLine(assessment.clientName);
  const project = cleanLine(assessment.projectTitle);
  const consultant = cleanLine(assessment.consultant) || cleanLine(branding.consultantName);
  const clientName = client || 'the client';
  const r = recommendation;
  const winner = name(r.recommended);
  const total = QUESTIONS.length;
  const scope = scopeOf(assessment, options);
  const fmt = formatterFor(settings.locale, scope?.currency ?? null);
  const date = fmt.date(revision.savedAt);
  const validUntil = fmt.date(addDays(revision.savedAt, settings.validityDays));

  let commercial: Commercial | null = null;
  if (scope !== null && scope.items.length > 0) {
    const estimate = estimateScope(scope, { framework: r.recommended, teamSize: assessment.requirements.teamSize });
    const tier = recommendedTier(estimate);
    if (tier !== null && tier.total > 0) commercial = { scope, estimate, fmt, tier, showRange: settings.showRange };
  }

  const contacts = [branding.email, branding.website, branding.phone].map(cleanLine).filter((s) => s !== '');
  const addressLines = cleanText(branding.address)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');

  // Executive summary: the need, the recommendation, the investment and the timeline, in a few sentences.
  const need = project ? `${client ? `${client} needs` : 'The project is'} \u201C${project}\u201D` : `${client || 'The client'} needs a Python web application`;
  const summary: Block[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text: `${need}. We recommend building it with ${winner}, starting from ${r.stack.summary}.${commercial === null ? '' : ` ${investmentSentence(commercial)}`}`,
    },
    {
      kind: 'callout',
      label: 'Our recommendation',
      title: winner,
      lines: [
        `Suggested stack: ${r.stack.summary}`,
        ...(commercial === null ? [] : [`Investment: ${fmt.money(commercial.tier.total)} \u00B7 about ${fmt.weeks(commercial.tier.weeks)} weeks`]),
        `Confidence: ${r.confidence} (${r.answered} of ${total} questions answered)`,
      ],
    },
    { kind: 'paragraph', text: confidenceText(r, total) },
  ];

  // What we heard.
  const answered = QUESTIONS.filter((q) => assessment.requirements[q.field] !== undefined);
  const open = QUESTIONS.filter((q) => assessment.requirements[q.field] === undefined);
  // Project context (budget, date, hosting...): recorded beside the answers, moving no score.
  const context = CONTEXT_QUESTIONS.flatMap((q) => {
    const words = describeContext(q.field, assessment.requirements[q.field]);
    return words === undefined ? [] : [['Project context', q.label, words]];
  });
  const heard: Block[] = [];
  if (answered.length > 0 || context.length > 0) {
    heard.push({
      kind: 'paragraph',
      text: `What ${clientName} told us in our workshop. Everything that follows rests on these answers; a question still open moves nothing either way.`,
    });
    heard.push({
      kind: 'table',
      columns: [
        { title: 'Topic', share: 0.26 },
        { title: 'Question', share: 0.38, bold: true },
        { title: 'Answer', share: 0.36 },
      ],
      rows: [...answered.map((q) => [q.section, q.label, describeAnswer(q.field, assessment.requirements[q.field])]), ...context],
      productText: true,
    });
    const openLabels = internal ? openQuestionLabels(r) : [];
    const openText = openLabels.length > 0 ? openLabels : open.map((q) => q.label);
    // Questions read as questions ("…?"), one after the other; older labels are joined into one sentence.
    const openSentence = openText.every((t) => t.endsWith('?')) ? openText.join(' ') : `${joinAnd(openText)}.`;
    if (openText.length > 0) heard.push({ kind: 'paragraph', tone: 'muted', text: `Still open: ${openSentence}` });
    // Internal: answers that contradict each other, the first thing to settle with the client.
    const contradictions = internal ? contradictionTexts(r) : [];
    if (contradictions.length > 0) heard.push({ kind: 'paragraph', text: `To clear up first: ${contradictions.join(' ')}` });
  }

  // Recommended approach: the framework, the scores, the reasoning and the alternatives with their cost.
  const first = r.ranking[0]!;
  const approach: Block[] = [
    { kind: 'paragraph', text: CHARACTER[r.recommended] },
    {
      kind: 'chart',
      bars: r.ranking.map((x) => ({ label: name(x.framework), value: x.score, display: score(x.score), highlight: x.framework === r.recommended })),
      caption: 'Each answer adds weight to the frameworks it suits; the bars are the totals, and the highest total wins.',
    },
    ...reasoningBlocks(assessment, r, internal),
    ...(internal ? confidenceBlocks(r) : []),
    { kind: 'subheading', text: 'The stack' },
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
  for (const entry of r.ranking.slice(1)) {
    const gap = first.score - entry.score;
    approach.push({
      kind: 'subheading',
      text: `The alternative: ${name(entry.framework)} (${gap === 0 ? 'level' : `${plural(gap, 'point', 'points')} behind`})`,
    });
    approach.push({ kind: 'paragraph', text: `${CHARACTER[entry.framework]}${commercial === null ? '' : ` ${alternativeCost(commercial, entry.framework)}`}` });
    const flips = r.flips.filter((f) => f.winner === entry.framework);
    if (flips.length > 0) {
      approach.push({ kind: 'paragraph', text: `${name(entry.framework)} would come out ahead:` });
      approach.push({ kind: 'bullets', items: flips.map((f) => ({ text: flipSentence(f) })) });
    } else {
      approach.push({
        kind: 'paragraph',
        tone: 'muted',
        text: `No change to one or two answers would put ${name(entry.framework)} ahead; it would take a substantially different project.`,
      });
    }
  }

  const sections: (Section | null)[] = [
    { title: 'Executive summary', blocks: summary },
    heard.length > 0 ? { title: 'What we heard', blocks: heard } : null,
    { title: `Recommended approach: ${winner}`, blocks: approach },
  ];
  if (commercial !== null) {
    sections.push(
      scopeSection(commercial),
      optionsSection(commercial),
      timelineSection(commercial),
      investmentSection(commercial),
      assumptionsSection(commercial.scope),
    );
  } else if (scope !== null) sections.push(assumptionsSection(scope));

  // Terms: payment and validity.
  const terms: Block[] = [];
  const payment = cleanText(settings.paymentTerms).trim();
  if (payment !== '') terms.push({ kind: 'subheading', text: 'Payment' }, { kind: 'paragraph', text: payment });
  terms.push({ kind: 'subheading', text: 'Validity' });
  terms.push({
    kind: 'paragraph',
    text: `This proposal is valid until ${validUntil}. It becomes binding once both parties have signed below; changes to the scope after that are agreed in writing.`,
  });
  sections.push({ title: 'Terms', blocks: terms });

  // Acceptance.
  const signatureFields = ['Name', 'Title', 'Date', 'Signature'];
  const tierNames = commercial !== null && commercial.estimate.tiers.length > 1 ? commercial.estimate.tiers.map((t) => t.name) : [];
  sections.push({
    title: 'Acceptance',
    keepTogether: true,
    blocks: [
      {
        kind: 'paragraph',
        text: `By signing, ${clientName} accepts this proposal${options.number !== undefined ? ` (${options.number})` : ''}${tierNames.length > 0 ? ` in the option written below (${joinAnd(tierNames).replace(/ and ([^ ]+)$/, ' or $1')})` : ''}.`,
      },
      {
        kind: 'signature',
        parties: [
          {
            heading: 'For the client',
            organisation: client || 'Client',
            fields: tierNames.length > 0 ? ['Option chosen', ...signatureFields] : signatureFields,
          },
          { heading: `For ${company}`, organisation: company, fields: signatureFields },
        ],
      },
    ],
  });

  if (internal) {
    if (commercial !== null) sections.push(workingSection(commercial));
    const notes = [cleanText(assessment.notes).trim(), cleanText(assessment.requirements.notes ?? '').trim()].filter(
      (n, i, all) => n !== '' && all.indexOf(n) === i,
    );
    if (notes.length > 0) {
      sections.push({
        title: 'Workshop notes (internal)',
        blocks: [{ kind: 'paragraph', tone: 'muted', text: 'Internal: not for the client.' }, ...notes.map((text): Block => ({ kind: 'paragraph', text }))],
      });
    }
  }

  const contactRows: string[][] = [];
  if (consultant) contactRows.push(['Your consultant', consultant]);
  if (branding.email.trim()) contactRows.push(['Email', cleanLine(branding.email)]);
  if (branding.website.trim()) contactRows.push(['Website', cleanLine(branding.website)]);
  if (branding.phone.trim()) contactRows.push(['Phone', cleanLine(branding.phone)]);
  if (addressLines.length > 0) contactRows.push(['Address', addressLines.join('\n')]);
  const contact: Block[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text: `${company} designs and builds production web applications in Python with Django, Flask and FastAPI, choosing the framework that fits each project rather than the one we used last.`,
    },
    { kind: 'paragraph', text: `We would be glad to walk ${client ? `the ${client} team` : 'your team'} through this proposal and agree the next step.` },
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
  sections.push({ title: 'Let\u2019s talk', blocks: contact });

  const facts = [
    ...(options.number !== undefined ? [{ label: 'Proposal', value: options.number }] : []),
    { label: 'Project', value: project || 'Untitled project' },
    { label: 'Date', value: date },
    { label: 'Valid until', value: validUntil },
    ...(consultant ? [{ label: 'Consultant', value: consultant }] : []),
    { label: 'Prepared by', value: company },
    ...(internal ? [{ label: 'Edition', value: `Internal \u00B7 revision ${revision.number}` }] : []),
  ];

  return {
    document: {
      title: project ? `${project} \u2014 proposal` : 'Proposal',
      subject: `Proposal${client ? ` for ${client}` : ''}: ${winner}${internal ? ' (internal edition)' : ''}`,
      author: consultant ? `${consultant}, ${company}` : company,
      keywords: `${winner}, Python, web application, proposal`,
      issuedAt: revision.savedAt,
    },
    brand: {
      companyName: company,
      primary: hexToRgb(branding.primaryColour),
      accent: hexToRgb(branding.accentColour),
      logo,
      footer: [company, ...contacts, ...addressLines],
    },
    cover: {
      kicker: internal ? 'Proposal \u00B7 internal edition, not for the client' : 'Proposal',
      title: project || 'Proposal',
      clientLabel: 'Prepared for',
      client: client || 'Client not named',
      facts,
      closing: [company, ...contacts, ...addressLines].join('\n'),
    },
    header: [options.number ?? '', project, client].filter((s) => s !== '').join('  \u00B7  ') || 'Proposal',
    pageLabel: 'Page {page} of {pages}',
    sections: sections.filter((s): s is Section => s !== null && s.blocks.length > 0),
  };
}
