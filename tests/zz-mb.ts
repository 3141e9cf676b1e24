import { estimateScope } from '../shared/scope/estimate';
import { variedScope } from './fixtures/scopes';
const scopes = [1, 2, 3, 4, 5].map((s) => variedScope(200, s));
function med(f: (i: number) => unknown, n = 1500) { for (let i = 0; i < 300; i++) f(i); const t: number[] = []; for (let i = 0; i < n; i++) { const a = performance.now(); f(i); t.push(performance.now() - a); } t.sort((a, b) => a - b); return t[n >> 1]!.toFixed(3); }
for (let k = 0; k < 3; k++) console.log('full', med((i) => estimateScope(scopes[i % 5]!, { framework: 'flask', teamSize: 3, percentiles: { stage: 'requirements', ratios: [0.9, 1.1, 1.2, 1.4, 1.0] } })));
