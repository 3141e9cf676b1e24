// How a recommendation snapshot is stored: its JSON, deflated. A snapshot is ~3.5 KB of JSON but ~1 KB deflated, so
// an assessment row fits one page: each durable save writes (and flushes) fewer pages, and quick_check reads fewer.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

import type { Recommendation } from '../shared/engine';

export function packRecommendation(recommendation: Recommendation): Buffer {
  return deflateRawSync(JSON.stringify(recommendation));
}

export function unpackRecommendation(stored: Buffer): Recommendation {
  return JSON.parse(inflateRawSync(stored).toString('utf8')) as Recommendation;
}
