// Assessments, branding and revisions for the proposal tests and benchmark: one realistic, and hostile ones.
import type { Assessment } from '../../shared/assessment';
import { DEFAULT_BRANDING, type Branding } from '../../shared/branding';
import { recommend, type Requirements } from '../../shared/engine';
import { buildProposalModel, type ProposalModel, type RevisionInfo } from '../../shared/proposal';

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

export function modelOf(assessment: Assessment = assessmentOf(), branding: Branding = DEFAULT_BRANDING, revision: RevisionInfo = REVISION): ProposalModel {
  return buildProposalModel(assessment, recommend(assessment.requirements), branding, revision);
}

/** Deterministic filler text of a given length: words of varied length with sentence breaks and paragraphs. */
export function longText(length: number, seed = 7): string {
  const words = ['scope', 'release', 'integration', 'warehouse', 'customer', 'invoice', 'latency', 'onboarding', 'dashboard', 'a', 'of', 'the', 'permissions', 'reporting'];
  let out = '';
  let n = seed;
  while (out.length < length) {
    n = (n * 1103515245 + 12345) % 2147483648;
    out += words[n % words.length]!;
    out += n % 97 === 0 ? '.\n\n' : n % 11 === 0 ? '. ' : ' ';
  }
  return out.slice(0, length);
}
