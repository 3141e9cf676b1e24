// How a recommendation snapshot is stored beside a revision (db/revisions.ts): its JSON, deflated. A snapshot is
// ~5.5 KB of JSON but ~1.8 KB deflated, so a revision row fits one page, and quick_check reads fewer.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

import type { Recommendation } from '../shared/engine';

/**
 * Packing is tuned for time (an export's seal and each imported revision pack one): level 1 and an
 * 8 KB window with a smaller hash table take about half the time of zlib's defaults (most of it is setting up the
 * compressor) for a blob about 6% larger, still one page per row. Any raw deflate stream inflates with the defaults,
 * so older snapshots read as before.
 */
const PACKING = { level: 1, windowBits: 13, memLevel: 7 } as const;

export function packRecommendation(recommendation: Recommendation): Buffer {
  return deflateRawSync(JSON.stringify(recommendation), PACKING);
}

export function unpackRecommendation(stored: Buffer): Recommendation {
  return JSON.parse(inflateRawSync(stored).toString('utf8')) as Recommendation;
}
