// estimate.compute: one full estimate (three tiers, every tier under all three frameworks) of a 200-item scope, with its
// simulated P50/P80/P90 per tier (500 runs) and a calibration from five recorded ratios. Target ≤ 2 ms.
import { estimateScope } from '../../../shared/scope/estimate';
import { variedScope } from '../../fixtures/scopes';
import { measure, type Metric } from '../harness';

const scopes = [1, 2, 3, 4, 5].map((seed) => variedScope(200, seed));

export const metrics: Metric[] = [
  {
    name: 'estimate.compute',
    target: 'median ≤ 2 ms',
    run: () =>
      measure(
        (i) =>
          estimateScope(scopes[i % scopes.length]!, {
            framework: 'flask',
            teamSize: 3,
            percentiles: { stage: 'requirements', ratios: [0.9, 1.1, 1.2, 1.4, 1.0] },
          }),
        3000,
        500,
      ),
  },
];
