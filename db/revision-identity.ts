// A revision's identity: the same on every machine, derived from what the revision holds and where it comes from.
// Imports decide by it (db/bundle.ts), not by clocks; a team sync can key revisions by it. Never change the recipe:
// every stored identity and every bundle written since schema 2 depends on it.
import { createHash } from 'node:crypto';

import type { AssessmentFields } from '../shared/assessment';

/**
 * The assessment's fields as one canonical text: object keys sorted at every depth, absent (undefined) values left
 * out, no spaces. Equal fields give equal text, so a field added later (optional, absent in older revisions) leaves
 * the identities of the revisions without it unchanged.
 */
export function canonicalFieldsJson(fields: AssessmentFields): string {
  return JSON.stringify(sortKeys(fields));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) if (record[key] !== undefined) sorted[key] = sortKeys(record[key]);
  return sorted;
}

/**
 * The identity of a revision: SHA-256 (64 lowercase hex digits) of
 *   "scopewise-revision/1\n" + assessment id (lowercase) + "\n" + parent identity ("" for the first) + "\n" + canonical fields
 * where the parent is the revision it was made from. It chains: two revisions share an identity only when they hold the
 * same fields after the same history in the same assessment. The revision number and the times are not part of it, so
 * renumbering or a wrong clock never changes it. Revisions from before schema 2 (and version-1 bundles without ids) get
 * theirs by the same recipe, their title, client, consultant and status taken from the assessment (db/migrations/002).
 */
export function revisionIdentity(assessmentId: string, parent: string | null, fieldsJson: string): string {
  return createHash('sha256')
    .update(`scopewise-revision/1\n${assessmentId.toLowerCase()}\n${parent ?? ''}\n${fieldsJson}`)
    .digest('hex');
}
