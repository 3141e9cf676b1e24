// What every section builder reads: the assessment, its recommendation and scope, the branding and settings, cleaned
// and derived once (names, dates, the formatter, the priced recommended option). Pure; builds no block itself.
import type { Assessment } from '../assessment';
import { type Branding, DEFAULT_PROPOSAL_SETTINGS, type ProposalSettings } from '../branding';
import type { Recommendation } from '../engine';
import { DEFAULT_LANGUAGE, type ProposalLanguage } from '../i18n/language';
import { estimateScope } from '../scope/estimate';
import { roundingStep } from '../scope/rounding';
import { recommendedTierOf, type Scope } from '../scope/schema';
import { coneStage } from '../scope/simulation';
import type { Commercial } from './commercial';
import { addDays, type Formatter, formatterFor } from './formatting';
import { frameworkName } from './reasoning';
import { cleanLine, cleanText } from './text';
import type { Edition, ProposalOptions, RevisionInfo } from './types';

export interface ProposalContext {
  assessment: Assessment;
  recommendation: Recommendation;
  branding: Branding;
  revision: RevisionInfo;
  settings: ProposalSettings;
  edition: Edition;
  /** The language every sentence is written in: the assessment's proposalLanguage unless one export asks for another. */
  language: ProposalLanguage;
  internal: boolean;
  /** The proposal number, when one was given. */
  number: string | undefined;
  company: string;
  /** The client's name as printed, empty when none was recorded. */
  client: string;
  /** The client's name in a sentence ("the client" when none was recorded). */
  clientName: string;
  /** The client's contact person as printed (name, role, e-mail), each empty when not recorded. */
  contact: { name: string; role: string; email: string };
  project: string;
  consultant: string;
  winner: string;
  scope: Scope | null;
  fmt: Formatter;
  /** The proposal's date and the date it is valid until, written out in the locale. */
  date: string;
  validUntil: string;
  /** The priced recommended option; null without a scope, items or a price. */
  commercial: Commercial | null;
  contacts: string[];
  addressLines: string[];
}

function scopeOf(assessment: Assessment, options: ProposalOptions): Scope | null {
  if (options.scope !== undefined) return options.scope;
  const own = (assessment as Assessment & { scope?: Scope | null }).scope;
  return own ?? null;
}

/** The estimate of the option the consultant recommends (recommendedTierOf: the chosen tier, else the highest). */
function commercialOf(
  assessment: Assessment,
  recommendation: Recommendation,
  scope: Scope | null,
  fmt: Formatter,
  settings: ProposalSettings,
  internal: boolean,
  ratios: readonly number[] | undefined,
): Commercial | null {
  if (scope === null || scope.items.length === 0) return null;
  const estimate = estimateScope(scope, {
    framework: recommendation.recommended,
    teamSize: assessment.requirements.teamSize,
    percentiles: { stage: coneStage(assessment.requirements), ...(ratios === undefined ? {} : { ratios }) },
  });
  const chosen = recommendedTierOf(scope);
  const tier = estimate.tiers.find((t) => t.tier === chosen) ?? estimate.tiers.at(-1);
  if (tier === undefined || tier.total <= 0) return null;
  // The quoted figure and the rounding are the scope's and the settings' (shared/proposal/commercial.ts); the internal edition stays exact.
  const pricing = { quote: scope.quote ?? 'expected', rounding: internal ? 0 : roundingStep(settings.priceRounding, scope.currency) } as const;
  return { scope, estimate, fmt, tier, showRange: settings.showRange, requirements: assessment.requirements, internal, ...pricing };
}

export function proposalContext(
  assessment: Assessment,
  recommendation: Recommendation,
  branding: Branding,
  revision: RevisionInfo,
  options: ProposalOptions,
): ProposalContext {
  const edition = options.edition ?? 'client';
  const settings = options.settings ?? DEFAULT_PROPOSAL_SETTINGS;
  const client = cleanLine(assessment.clientName);
  const scope = scopeOf(assessment, options);
  const fmt = formatterFor(settings.locale, scope?.currency ?? null);
  return {
    assessment,
    recommendation,
    branding,
    revision,
    settings,
    edition,
    language: options.language ?? DEFAULT_LANGUAGE,
    internal: edition === 'internal',
    number: options.number,
    company: cleanLine(branding.companyName) || 'Our consultancy',
    client,
    clientName: client || 'the client',
    contact: {
      name: cleanLine(assessment.clientContactName ?? ''),
      role: cleanLine(assessment.clientContactRole ?? ''),
      email: cleanLine(assessment.clientContactEmail ?? ''),
    },
    project: cleanLine(assessment.projectTitle),
    consultant: cleanLine(assessment.consultant) || cleanLine(branding.consultantName),
    winner: frameworkName(recommendation.recommended),
    scope,
    fmt,
    date: fmt.date(revision.savedAt),
    validUntil: fmt.date(addDays(revision.savedAt, settings.validityDays)),
    commercial: commercialOf(assessment, recommendation, scope, fmt, settings, edition === 'internal', options.ratios),
    contacts: [branding.email, branding.website, branding.phone].map(cleanLine).filter((s) => s !== ''),
    addressLines: cleanText(branding.address)
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== ''),
  };
}
