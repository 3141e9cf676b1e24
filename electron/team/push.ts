// Appending this device's changes to the team's log. Idempotent: a change carries its own id and one already there
// is left as it is, so a push retried after a kill or a dropped connection never duplicates anything. Every push
// holds one advisory lock until it commits, so sequence numbers become visible in order and no pull skips one.
import type pg from 'pg';
import type { OutgoingChange } from '../../db/team';

export const PUSH_LOCK = "hashtext('scopewise push')";

/** Pushes the changes in one transaction; returns the sequence number of each (new or already there) by change id. */
export async function pushChanges(client: pg.Client, deviceId: string, changes: readonly OutgoingChange[]): Promise<Map<string, number>> {
  const seqs = new Map<string, number>();
  if (changes.length === 0) return seqs;
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(${PUSH_LOCK})`);
    await client.query(
      `INSERT INTO scopewise.changes (change_id, kind, assessment_id, parent, replaces, fields, created_at, updated_at, device_id)
       SELECT c.change_id, c.kind, c.assessment_id, c.parent, c.replaces, c.fields, c.created_at, c.updated_at, $2
       FROM jsonb_to_recordset($1::jsonb) AS c(ordinality int, change_id text, kind text, assessment_id text, parent text, replaces jsonb, fields text, created_at text, updated_at text)
       ORDER BY c.ordinality
       ON CONFLICT (change_id) DO NOTHING`,
      [
        JSON.stringify(
          changes.map((c, i) => ({
            ordinality: i,
            change_id: c.changeId,
            kind: c.kind,
            assessment_id: c.assessmentId,
            parent: c.parent,
            replaces: c.replaces,
            fields: c.fields,
            created_at: c.createdAt,
            updated_at: c.updatedAt,
          })),
        ),
        deviceId,
      ],
    );
    const result = await client.query('SELECT change_id, seq::text AS seq FROM scopewise.changes WHERE change_id = ANY($1::text[])', [
      changes.map((c) => c.changeId),
    ]);
    await client.query('COMMIT');
    for (const row of result.rows as { change_id: string; seq: string }[]) seqs.set(row.change_id, Number(row.seq));
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return seqs;
}
