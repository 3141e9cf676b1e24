// The proposal model: every sentence, label and number the PDF shows, built from an assessment, its recommendation,
// the branding, the revision being exported, its scope and the proposal settings, in the chosen edition.
// Pure and deterministic (no clock; the locale comes from the settings); each section has its own builder beside it
// (summary.ts, heard.ts, approach.ts, commercial.ts, acceptance.ts, contact.ts); layout is render.ts's job.
import type { Assessment } from '../assessment';
import type { Branding } from '../branding';
import type { Recommendation } from '../engine';
import { acceptanceSection, termsSection } from './acceptance';
import { approachSection } from './approach';
import { assumptionsSection, investmentSection, optionsSection, scopeSection, timelineSection, workingSection } from './commercial';
import { contactSection } from './contact';
import { type ProposalContext, proposalContext } from './context';
import { heardSection } from './heard';
import { readLogo } from './logo';
import { withPriceLines } from './payment-terms';
import { inPlainWords } from './plain-words';
import { summarySection } from './summary';
import { teamSection } from './team';
import { cleanText } from './text';
import type { Block, ProposalModel, ProposalOptions, RevisionInfo, Rgb, Section } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "12 March 2026" from the date part of an ISO timestamp, as written (the consultant's own day, not UTC's). */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  return month === undefined ? iso : `${Number(match[3])} ${month} ${match[1]}`;
}

/** "SW-2026-0007 · version 2": the number as the cover prints it. */
export function numberWithVersion(number: string, version: number | undefined): string {
  return version === undefined ? number : `${number} \u00B7 version ${version}`;
}

function hexToRgb(hex: string): Rgb {
  const value = /^#[0-9a-fA-F]{6}$/.test(hex) ? parseInt(hex.slice(1), 16) : 0x1f3a5f;
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** Internal edition: the workshop notes, both fields, once each. */
function notesSection(ctx: ProposalContext): Section | null {
  const notes = [cleanText(ctx.assessment.notes).trim(), cleanText(ctx.assessment.requirements.notes ?? '').trim()].filter(
    (n, i, all) => n !== '' && all.indexOf(n) === i,
  );
  if (notes.length === 0) return null;
  return {
    title: 'Workshop notes (internal)',
    blocks: [{ kind: 'paragraph', tone: 'muted', text: 'Internal: not for the client.' }, ...notes.map((text): Block => ({ kind: 'paragraph', text }))],
  };
}

/** The sections in reading order, each left out when it would be empty. */
function sectionsOf(ctx: ProposalContext): Section[] {
  const { commercial, scope, internal } = ctx;
  // The team and references early, after the approach: why us, before the price.
  const sections: (Section | null)[] = [summarySection(ctx), heardSection(ctx), approachSection(ctx), teamSection(ctx)];
  if (commercial !== null) {
    sections.push(
      scopeSection(commercial),
      optionsSection(commercial),
      timelineSection(commercial),
      withPriceLines(investmentSection(commercial), commercial),
      assumptionsSection(commercial.scope, ctx.assessment.requirements),
    );
  } else if (scope !== null) sections.push(assumptionsSection(scope, ctx.assessment.requirements));
  sections.push(termsSection(ctx), acceptanceSection(ctx));
  if (internal) sections.push(commercial === null ? null : workingSection(commercial), notesSection(ctx));
  sections.push(contactSection(ctx));
  const kept = sections.filter((s): s is Section => s !== null && s.blocks.length > 0);
  // The client reads plain words; the internal edition keeps the team's technical terms.
  return internal ? kept : inPlainWords(kept);
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
  const logo = readLogo(branding.logo);
  const ctx = proposalContext(assessment, recommendation, branding, revision, options);
  const { internal, company, client, project, consultant, winner, date, validUntil, contacts, addressLines } = ctx;
  const facts = [
    ...(ctx.number !== undefined ? [{ label: 'Proposal', value: numberWithVersion(ctx.number, options.version) }] : []),
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
      person: personLines(ctx),
      facts,
      closing: [company, ...contacts, ...addressLines].join('\n'),
    },
    // The internal edition says so on every page, first, where a cut header keeps it.
    header: [internal ? 'Internal' : '', ctx.number ?? '', project, client].filter((s) => s !== '').join('  \u00B7  ') || 'Proposal',
    pageLabel: 'Page {page} of {pages}',
    sections: sectionsOf(ctx),
  };
}

/** The cover's lines under the client: the contact person with their role, then their e-mail; none when not recorded. */
function personLines(ctx: ProposalContext): string[] {
  const { name, role, email } = ctx.contact;
  return [[name, role].filter((s) => s !== '').join(', '), email].filter((s) => s !== '');
}
