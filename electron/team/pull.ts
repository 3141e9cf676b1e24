// Reading the team's change log after this device's cursor, checked at the boundary: every row must have the shape
// sync writes and a revision's identity must match its content (db/revision-identity.ts), or the sync stops.
import type pg from 'pg';
import { z } from 'zod';
import { canonicalFieldsJson, revisionIdentity } from '../../db';
import type { TeamChange } from '../../db/team';
import { assessmentFieldsSchema } from '../../shared/assessment';
import { AppError } from '../../shared/errors';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const rowSchema = z.object({
  seq: z.string().regex(/^\d+$/),
  change_id: z.string().min(1).max(100),
  kind: z.enum(['revision', 'trash', 'restore']),
  assessment_id: z.string().min(1).max(100),
  parent: hex64.nullable(),
  replaces: z.array(hex64),
  fields: z.string().nullable(),
  created_at: z.string().nullable(),
  updated_at: z.string().nullable(),
  author: z.string(),
  device_id: z.string(),
  shared_at: z.date(),
});

function toChange(row: unknown): TeamChange {
  const parsed = rowSchema.safeParse(row);
  if (!parsed.success)
    throw new AppError('invalid_input', `the team database holds a change this Scopewise cannot read (${parsed.error.issues[0]?.path.join('.') ?? 'row'})`);
  const r = parsed.data;
  if (r.kind === 'revision') {
    const fields = assessmentFieldsSchema.safeParse(JSON.parse(r.fields ?? 'null'));
    if (!fields.success || r.created_at === null || r.updated_at === null)
      throw new AppError('invalid_input', `team change ${r.seq}: the revision's fields are not valid assessment fields`);
    if (revisionIdentity(r.assessment_id, r.parent, canonicalFieldsJson(fields.data)) !== r.change_id) {
      throw new AppError('invalid_input', `team change ${r.seq}: the revision's content does not match its identity; sync stopped, nothing of it applied`);
    }
  }
  return {
    seq: Number(r.seq),
    changeId: r.change_id,
    kind: r.kind,
    assessmentId: r.assessment_id,
    parent: r.parent,
    replaces: r.replaces,
    fields: r.fields,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    author: r.author,
    deviceId: r.device_id,
    sharedAt: r.shared_at.toISOString(),
  };
}

/** Up to `limit` changes after `cursor`, in sequence order. */
export async function pullChanges(client: pg.Client, cursor: number, limit: number): Promise<TeamChange[]> {
  const result = await client.query(
    `SELECT c.seq::text AS seq, change_id, kind, assessment_id, parent, replaces, fields, created_at, updated_at, author, device_id, shared_at
     FROM scopewise.changes c WHERE c.seq > $1 ORDER BY c.seq LIMIT $2`,
    [cursor, limit],
  );
  return result.rows.map(toChange);
}
