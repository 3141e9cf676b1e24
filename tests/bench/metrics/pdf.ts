// pdf.proposal: the full client edition (a 40-item scope, three tiers, no logo) rendered in a warm process, fonts read
// from the files once. Target: median ≤ 60 ms, file ≤ 250 KB. pdf.proposalInternal: the same with notes and working.
// pdf.proposal.<language>: the same client edition written in each other proposal language (Thai with a Thai client
// and title, so the Thai face, its word breaking and its positioned marks are all in the measure).
import { DEFAULT_PROPOSAL_SETTINGS } from '../../../shared/branding';
import { recommend } from '../../../shared/engine';
import { PROPOSAL_LANGUAGES, type ProposalLanguage } from '../../../shared/i18n/language';
import { buildProposalModel } from '../../../shared/proposal';
import { assessmentOf, REALISTIC_REQUIREMENTS, REVISION, SAMPLE_BRANDING, scopedModelOf, scopeOf } from '../../proposal/fixtures';
import { renderProposal } from '../../proposal/node-render';
import { measure, type Metric } from '../harness';

const client = scopedModelOf('client');
const internal = scopedModelOf('internal');

function clientIn(language: ProposalLanguage) {
  const thai = language === 'th' ? { clientName: 'บริษัท ไทยโลจิสติกส์ จำกัด', projectTitle: 'ระบบติดตามการขนส่งสินค้า' } : {};
  return buildProposalModel(assessmentOf(thai), recommend(REALISTIC_REQUIREMENTS), SAMPLE_BRANDING, REVISION, {
    edition: 'client',
    scope: scopeOf(),
    settings: DEFAULT_PROPOSAL_SETTINGS,
    number: 'SW-2026-0042',
    language,
  });
}

const byLanguage: Metric[] = PROPOSAL_LANGUAGES.filter((l) => l !== 'en').map((language) => {
  const model = clientIn(language);
  return { name: `pdf.proposal.${language}`, target: 'median ≤ 60 ms', run: () => measure(() => renderProposal(model), 60, 10) };
});

export const metrics: Metric[] = [
  {
    name: 'pdf.proposal',
    target: 'median ≤ 60 ms',
    run: () => measure(() => renderProposal(client), 60, 10),
  },
  {
    name: 'pdf.proposalSize',
    target: '≤ 250 KB',
    run: async () => {
      const { bytes, pages } = await renderProposal(client);
      return { kb: Math.round((bytes.length / 1024) * 10) / 10, pages };
    },
  },
  {
    name: 'pdf.proposalInternal',
    target: 'median ≤ 60 ms',
    run: () => measure(() => renderProposal(internal), 60, 10),
  },
  ...byLanguage,
];
