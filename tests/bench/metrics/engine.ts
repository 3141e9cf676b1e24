// engine.recommend: one full recommendation (flips and open questions included) over a fixed set of 1,000 varied records. Target ≤ 0.5 ms.
import { recommend } from '../../../shared/engine';
import { variedRecords } from '../../fixtures/records';
import { measure, type Metric } from '../harness';

const records = variedRecords(1000);

export const metrics: Metric[] = [
  {
    name: 'engine.recommend',
    target: 'median ≤ 0.5 ms',
    run: () => measure((i) => recommend(records[i % records.length]!), 5000, 1000),
  },
];
