// Assessments, branding and revisions for the proposal tests and benchmark: one realistic, and hostile ones.
import type { Assessment } from '../../shared/assessment';
import { type Branding, DEFAULT_BRANDING, DEFAULT_PROPOSAL_SETTINGS, type ProposalSettings } from '../../shared/branding';
import { recommend, type Requirements } from '../../shared/engine';
import { buildProposalModel, type Edition, type ProposalModel, type RevisionInfo } from '../../shared/proposal';
import { DEFAULT_RATE_CARD, type Scope, scopeSchema } from '../../shared/scope/schema';

/** A consultancy with every contact detail filled in, as the proposal tests print it (new databases start blank). */
export const SAMPLE_BRANDING: Branding = {
  ...DEFAULT_BRANDING,
  companyName: 'Codism.io',
  email: 'info@codism.io',
  website: 'www.codism.io',
  phone: '973-814-2525',
  address: 'USA Office',
};

export const REALISTIC_REQUIREMENTS: Requirements = {
  projectKind: 'saas',
  userInterface: 'server-rendered',
  auth: 'roles',
  adminPanel: true,
  dataModel: 'relational',
  teamSize: 6,
  teamExperience: 'mixed',
  teamTurnover: 'high',
  lifetime: 'years',
  architecture: 'monolith',
  concurrency: 'typical',
  apiDocs: true,
  expectedUsers: 50000,
};

export const REVISION: RevisionInfo = { number: 3, savedAt: '2026-03-12T14:30:00+01:00' };

export function assessmentOf(fields: Partial<Assessment> = {}): Assessment {
  return {
    id: '0d4c1a9e-7b2f-4c61-9a53-2f0e6d8b1c47',
    clientName: 'Acme Logistics GmbH',
    projectTitle: 'Customer portal for freight tracking',
    consultant: 'Dana Whitfield',
    status: 'draft',
    requirements: REALISTIC_REQUIREMENTS,
    notes: 'The client wants a first release before the summer trade fair.\nThey already host on AWS and use PostgreSQL elsewhere.',
    createdAt: '2026-03-01T09:00:00+01:00',
    updatedAt: '2026-03-12T14:30:00+01:00',
    ...fields,
  };
}

export function modelOf(
  assessment: Assessment = assessmentOf(),
  branding: Branding = SAMPLE_BRANDING,
  revision: RevisionInfo = REVISION,
  edition: Edition = 'client',
): ProposalModel {
  return buildProposalModel(assessment, recommend(assessment.requirements), branding, revision, { edition });
}

/** Deterministic filler text of a given length: words of varied length with sentence breaks and paragraphs. */
export function longText(length: number, seed = 7): string {
  const words = [
    'scope',
    'release',
    'integration',
    'warehouse',
    'customer',
    'invoice',
    'latency',
    'onboarding',
    'dashboard',
    'a',
    'of',
    'the',
    'permissions',
    'reporting',
  ];
  let out = '';
  let n = seed;
  while (out.length < length) {
    n = (n * 1103515245 + 12345) % 2147483648;
    out += words[n % words.length]!;
    out += n % 97 === 0 ? '.\n\n' : n % 11 === 0 ? '. ' : ' ';
  }
  return out.slice(0, length);
}

const PHASES = ['Discovery', 'Foundations', 'Core features', 'Integrations', 'Launch'];
const TOPICS = [
  'User accounts and sign-in',
  'Roles and permissions',
  'Shipment search',
  'Tracking timeline',
  'Customer dashboard',
  'Invoice archive',
  'Document upload',
  'Email notifications',
  'Carrier API connector',
  'ERP export',
  'Audit log',
  'Admin back office',
  'Reporting',
  'Accessibility review',
  'Load testing',
  'Deployment pipeline',
];

/** A realistic scope: 40 items over five phases and three tiers, a few optional add-ons and one deferred item, in euros. */
export function scopeOf(items = 40, fields: Partial<Scope> = {}): Scope {
  const list: Scope['items'] = [];
  for (let i = 0; i < items; i++) {
    const likely = 1 + ((i * 7) % 9) * 0.5;
    const tier = i % 5 === 3 ? 3 : i % 4 === 1 ? 2 : 1;
    list.push({
      id: `item-${i + 1}`,
      title: `${TOPICS[i % TOPICS.length]}${i >= TOPICS.length ? ` (part ${Math.floor(i / TOPICS.length) + 1})` : ''}`,
      ...(i % 6 === 0 ? { description: `Deliverable ${i + 1}: agreed with your team, built, tested and shown at the end of the phase.` } : {}),
      phase: PHASES[Math.min(PHASES.length - 1, Math.floor((i * PHASES.length) / items))]!,
      role: i % 7 === 0 ? 'senior-developer' : i % 11 === 0 ? 'designer' : 'developer',
      low: Math.max(0.5, likely - 1),
      likely,
      high: likely + 1.5 + (i % 3),
      tier,
      ...(i === items - 2 ? { optional: true } : {}),
      ...(i === items - 5 ? { optional: true } : {}),
      ...(i === items - 1 ? { deferred: true } : {}),
      ...(i % 8 === 2
        ? { byFramework: { flask: { low: likely, likely: likely + 1, high: likely + 3 }, fastapi: { low: likely, likely: likely + 0.5, high: likely + 2 } } }
        : {}),
    });
  }
  return scopeSchema.parse({
    currency: 'EUR',
    rates: DEFAULT_RATE_CARD.rates.map((r) => ({ ...r })),
    pmPercent: 20,
    qaPercent: 15,
    contingencyPercent: 10,
    tiers: ['Essential', 'Professional', 'Complete'],
    items: list,
    assumptions: ['You name one product owner who can answer questions within two working days.', 'Hosting runs on your existing AWS account.'],
    exclusions: ['Migrating data from the legacy portal.', 'Support after the four-week warranty.'],
    clientResponsibilities: ['Access to the carrier test systems in the first week.', 'Content and translations for the customer pages.'],
    ...fields,
  });
}

/** The realistic assessment with the 40-item scope, in the chosen edition. */
export function scopedModelOf(edition: Edition = 'client', settings: ProposalSettings = DEFAULT_PROPOSAL_SETTINGS, scope: Scope = scopeOf()): ProposalModel {
  return buildProposalModel(assessmentOf(), recommend(REALISTIC_REQUIREMENTS), SAMPLE_BRANDING, REVISION, {
    edition,
    scope,
    settings,
    number: 'SW-2026-0042',
  });
}

/** Every string in `value` (a proposal model or a part of it), depth first, skipping images' bytes. */
export function stringsOf(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}
