// Contract fuzzing: thousands of random payloads per channel. Each is served or refused with a typed error,
// dispatch never throws, and after every refusal the database is exactly as it was: no write on this connection,
// and, for one call in twenty, every row of every table (tests/api/api-fixture.ts, fingerprint) compared before and after.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CHANNEL_NAMES } from '../../shared/api/channels';
import { fuzzRuns } from '../fixtures/runs';
import { type ApiFixture, apiFixture, fingerprint } from './api-fixture';

/** Rows written by this connection so far: a refusal must not run a single write, even one later rolled back. */
const writes = (): number => (api.services.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

let api: ApiFixture;
let knownId: string;
let run = 0;
beforeAll(async () => {
  api = await apiFixture();
  knownId = (await api.call('assessments.create', { fields: { clientName: 'Fuzz Target', projectTitle: 'Kept' } })).id;
});
afterAll(() => api.close());

/** Random payloads: anything at all, and objects that look almost right (known keys, wrong or hostile values). */
function payloads(): fc.Arbitrary<unknown> {
  const hostile = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(knownId),
    fc.constant('../../etc/passwd'),
    fc.constant("'; DROP TABLE assessments; --"),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.object({ maxDepth: 2 }),
  );
  const keys = fc.constantFrom(
    'id',
    'fields',
    'search',
    'page',
    'branding',
    'json',
    'ids',
    'name',
    'from',
    'to',
    'path',
    'status',
    'trash',
    'sort',
    '__proto__',
    'constructor',
  );
  const nearlyRight = fc.dictionary(keys, hostile, { maxKeys: 4 });
  return fc.oneof(fc.anything({ maxDepth: 3 }), nearlyRight);
}

describe('every channel under random payloads', () => {
  for (const channel of CHANNEL_NAMES) {
    it(`${channel}: served or refused with a typed error; a refusal writes nothing`, async () => {
      let refusalsCompared = 0;
      await fc.assert(
        fc.asyncProperty(payloads(), async (payload) => {
          const writesBefore = writes();
          // Every 20th call also compares every row of every table before and after (a full dump costs more than the call),
          // and so does every call until one refusal has been compared, so the comparison never depends on where refusals fall.
          const compare = run++ % 20 === 0 || refusalsCompared === 0;
          const before = compare ? fingerprint(api.services.db) : '';
          const result = await api.raw(channel, payload);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(typeof result.error.code).toBe('string');
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(result.error.code).not.toBe('internal');
            expect(writes()).toBe(writesBefore);
            // Every row of every table as it was: nothing written, nothing removed, not even through another connection.
            if (compare) {
              expect(fingerprint(api.services.db)).toBe(before);
              refusalsCompared++;
            }
          }
        }),
        { numRuns: fuzzRuns(2000) },
      );
      // Every channel refuses some of these payloads, so the before-and-after comparison above did run.
      expect(refusalsCompared).toBeGreaterThan(0);
    });
  }
});
