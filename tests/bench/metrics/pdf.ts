// pdf.proposal: one full proposal (embedded DejaVu Sans, no logo) rendered in a warm process. Target: median ≤ 60 ms, file ≤ 200 KB.
import { renderProposal } from '../../proposal/node-render';
import { modelOf } from '../../proposal/fixtures';
import { measure, type Metric } from '../harness';

const model = modelOf();

export const metrics: Metric[] = [
  {
    name: 'pdf.proposal',
    target: 'median ≤ 60 ms',
    run: () => measure(() => renderProposal(model), 60, 10),
  },
  {
    name: 'pdf.proposalSize',
    target: '≤ 200 KB',
    run: async () => {
      const { bytes, pages } = await renderProposal(model);
      return { kb: Math.round((bytes.length / 1024) * 10) / 10, pages };
    },
  },
];
