// Reading the team's change log after this device's cursor, checked at the boundary: every row must have the shape
// sync writes, a revision's identity must match its content (db/revision-identity.ts), and its author must be the role
// its device is registered to. A row that fails is set aside (the same on every device, since each reads the same row
// the same way) with the reason, and the sync goes on with the rest.
import type pg from 'pg';
import { z } from 'zod';

import { canonicalFieldsJson, revisionIdentity } from '../../db';
import type { SkippedChange, TeamChange } from '../../db/team';
import { assessmentFieldsSchema } from '../../shared/assessment';
import { CHANGE_FORMAT, MAX_FIELDS_BYTES } from './schema';

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

interface RawRow {
  seq: string;
  change_id: unknown;
  assessment_id: unknown;
  fields_bytes: number | null;
  format: number;
  device_role: string | null;
}

/** One pulled row: a change to apply, or one set aside with the reason. */
export type PulledRow = { change: TeamChange } | { skipped: SkippedChange };

function skip(row: RawRow, reason: string): PulledRow {
  const id = typeof row.change_id === 'string' ? row.change_id.slice(0, 100) : `seq ${row.seq}`;
  const assessmentId = typeof row.assessment_id === 'string' ? row.assessment_id.slice(0, 100) : null;
  return { skipped: { seq: Number(row.seq), id, assessmentId, reason } };
}

function readRevisionFields(r: z.infer<typeof rowSchema>): string | null {
  let json: unknown;
  try {
    json = JSON.parse(r.fields ?? 'null');
  } catch {
    return 'its fields are not JSON';
  }
  const fields = assessmentFieldsSchema.safeParse(json);
  if (!fields.success) {
    const issue = fields.error.issues[0];
    return `its fields are not valid assessment fields (${issue?.path.join('.') || 'fields'}: ${issue?.message ?? 'invalid'})`;
  }
  if (r.created_at === null || r.updated_at === null) return 'it has no dates';
  if (revisionIdentity(r.assessment_id, r.parent, canonicalFieldsJson(fields.data)) !== r.change_id) return 'its content does not match its identity';
  return null;
}

function toPulled(row: RawRow & Record<string, unknown>): PulledRow {
  if (row.fields_bytes !== null && row.fields_bytes > MAX_FIELDS_BYTES)
    return skip(row, `its fields (${row.fields_bytes} bytes) are larger than the ${MAX_FIELDS_BYTES} a revision may hold`);
  if (row.format !== CHANGE_FORMAT) return skip(row, `its format (${row.format}) is newer than this Scopewise reads; update Scopewise`);
  const parsed = rowSchema.safeParse(row);
  if (!parsed.success) return skip(row, `it does not have the shape of a change (${parsed.error.issues[0]?.path.join('.') ?? 'row'})`);
  const r = parsed.data;
  if (row.device_role !== r.author) return skip(row, `device ${r.device_id} is not registered to ${r.author}`);
  if (r.kind === 'revision') {
    const problem = readRevisionFields(r);
    if (problem !== null) return skip(row, problem);
  }
  return {
    change: {
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
    },
  };
}

/** Up to `limit` rows after `cursor`, in sequence order; a row too large is not even fetched whole. */
export async function pullChanges(client: pg.Client, cursor: number, limit: number): Promise<PulledRow[]> {
  const result = await client.query(
    `SELECT c.seq::text AS seq, change_id, kind, assessment_id, parent, replaces, format,
       octet_length(fields) AS fields_bytes, CASE WHEN octet_length(fields) > $3 THEN NULL ELSE fields END AS fields,
       created_at, updated_at, author, device_id, shared_at, d.role AS device_role
     FROM scopewise.changes c LEFT JOIN scopewise.devices d ON d.id = c.device_id
     WHERE c.seq > $1 ORDER BY c.seq LIMIT $2`,
    [cursor, limit, MAX_FIELDS_BYTES],
  );
  return (result.rows as (RawRow & Record<string, unknown>)[]).map(toPulled);
}
