// pdf.proposal: the full client edition (a 40-item scope, three tiers, no logo) rendered in a warm process, fonts read
// from the files once. Target: median ≤ 60 ms, file ≤ 250 KB. pdf.proposalInternal: the same with notes and working.
import { scopedModelOf } from '../../proposal/fixtures';
import { renderProposal } from '../../proposal/node-render';
import { measure, type Metric } from '../harness';

const client = scopedModelOf('client');
const internal = scopedModelOf('internal');

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
];
