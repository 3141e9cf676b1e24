// The proposal model: every sentence, label and number the PDF shows, built from an assessment, its recommendation,
// the branding, the revision being exported, its scope and the proposal settings, in the chosen edition.
// Pure and deterministic (no clock; the locale comes from the settings); each section has its own builder beside it
// (summary.ts, heard.ts, approach.ts, commercial.ts, acceptance.ts, contact.ts); layout is render.ts's job.
import type { Assessment } from '../assessment';
import type { Branding } from '../branding';
import type { Recommendation } from '../engine';
import type { ProposalLanguage } from '../i18n/language';
import * as m from '../i18n/paraglide/messages';
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

/** "SW-2026-0007 · version 2": the number as the cover prints it, in the proposal's language. */
export function numberWithVersion(number: string, version: number | undefined, language: ProposalLanguage = 'en'): string {
  return version === undefined ? number : m.proposal_number_version({ number, version: String(version) }, { locale: language });
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
  const locale = { locale: ctx.language };
  return {
    title: m.proposal_notes_title({}, locale),
    blocks: [
      { kind: 'paragraph', tone: 'muted', text: m.proposal_internal_not_for_client({}, locale) },
      ...notes.map((text): Block => ({ kind: 'paragraph', text })),
    ],
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
      assumptionsSection(commercial.scope, ctx.assessment.requirements, ctx.language),
    );
  } else if (scope !== null) sections.push(assumptionsSection(scope, ctx.assessment.requirements, ctx.language));
  sections.push(termsSection(ctx), acceptanceSection(ctx));
  if (internal) sections.push(commercial === null ? null : workingSection(commercial), notesSection(ctx));
  sections.push(contactSection(ctx));
  const kept = sections.filter((s): s is Section => s !== null && s.blocks.length > 0);
  // The client reads plain words; the internal edition keeps the team's technical terms.
  return internal ? kept : inPlainWords(kept, ctx.language);
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
  const { internal, company, client, project, consultant, winner, date, validUntil, contacts, addressLines, language } = ctx;
  const locale = { locale: language };
  const facts = [
    ...(ctx.number !== undefined ? [{ label: m.proposal_fact_proposal({}, locale), value: numberWithVersion(ctx.number, options.version, language) }] : []),
    { label: m.proposal_fact_project({}, locale), value: project || m.proposal_untitled_project({}, locale) },
    { label: m.proposal_fact_date({}, locale), value: date },
    { label: m.proposal_fact_valid_until({}, locale), value: validUntil },
    ...(consultant ? [{ label: m.proposal_fact_consultant({}, locale), value: consultant }] : []),
    { label: m.proposal_fact_prepared_by({}, locale), value: company },
    ...(internal
      ? [{ label: m.proposal_fact_edition({}, locale), value: m.proposal_fact_edition_internal({ revision: String(revision.number) }, locale) }]
      : []),
  ];
  const proposalWord = m.proposal_word({}, locale);
  const subjectInputs = { client, framework: winner };
  const subject = client
    ? (internal ? m.proposal_subject_for_internal : m.proposal_subject_for)(subjectInputs, locale)
    : (internal ? m.proposal_subject_internal : m.proposal_subject)(subjectInputs, locale);

  return {
    document: {
      title: project ? m.proposal_document_title({ project }, locale) : proposalWord,
      subject,
      author: consultant ? `${consultant}, ${company}` : company,
      keywords: m.proposal_keywords({ framework: winner }, locale),
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
      kicker: internal ? m.proposal_kicker_internal({}, locale) : proposalWord,
      title: project || proposalWord,
      clientLabel: m.proposal_cover_prepared_for({}, locale),
      client: client || m.proposal_cover_client_unnamed({}, locale),
      person: personLines(ctx),
      facts,
      closing: [company, ...contacts, ...addressLines].join('\n'),
    },
    // The internal edition says so on every page, first, where a cut header keeps it.
    header:
      [internal ? m.proposal_header_internal({}, locale) : '', ctx.number ?? '', project, client].filter((s) => s !== '').join('  \u00B7  ') || proposalWord,
    // The placeholders stay for the renderer to fill in on each page.
    pageLabel: m.proposal_page_label({ page: '{page}', pages: '{pages}' }, locale),
    sections: sectionsOf(ctx),
    // English is the tagging's default: left out, so an English model (and its file id) is what it was before languages.
    ...(language === 'en' ? {} : { language }),
  };
}

/** The cover's lines under the client: the contact person with their role, then their e-mail; none when not recorded. */
function personLines(ctx: ProposalContext): string[] {
  const { name, role, email } = ctx.contact;
  return [[name, role].filter((s) => s !== '').join(', '), email].filter((s) => s !== '');
}
