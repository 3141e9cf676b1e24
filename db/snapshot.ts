// How a recommendation snapshot is stored: its JSON, deflated. A snapshot is ~5.5 KB of JSON but ~1.8 KB deflated, so
// an assessment row fits one page: each durable save writes (and flushes) fewer pages, and quick_check reads fewer.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

import type { Recommendation } from '../shared/engine';

/**
 * Every save packs one snapshot, so packing is tuned for time: level 1 and an 8 KB window with a smaller hash table
 * take about half the time of zlib's defaults (most of it is setting up the compressor) for a blob about 6% larger,
 * still one page per row. Any raw deflate stream inflates with the defaults, so older snapshots read as before.
 */
const PACKING = { level: 1, windowBits: 13, memLevel: 7 } as const;

export function packRecommendation(recommendation: Recommendation): Buffer {
  return deflateRawSync(JSON.stringify(recommendation), PACKING);
}

export function unpackRecommendation(stored: Buffer): Recommendation {
  return JSON.parse(inflateRawSync(stored).toString('utf8')) as Recommendation;
}
