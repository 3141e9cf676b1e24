// estimate.compute: one full estimate (three tiers, every tier under all three frameworks) of a 200-item scope. Target ≤ 1 ms.
import { estimateScope } from '../../../shared/scope/estimate';
import { variedScope } from '../../fixtures/scopes';
import { measure, type Metric } from '../harness';

const scopes = [1, 2, 3, 4, 5].map((seed) => variedScope(200, seed));

export const metrics: Metric[] = [
  {
    name: 'estimate.compute',
    target: 'median ≤ 1 ms',
    run: () => measure((i) => estimateScope(scopes[i % scopes.length]!, { framework: 'flask', teamSize: 3 }), 3000, 500),
  },
];
