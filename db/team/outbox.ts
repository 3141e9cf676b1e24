// What this device has not yet shared, and marking it shared once the team database holds it. A revision is sealed
// before it leaves (a save made meanwhile starts a new one), so what the team holds never changes under its identity.
import type { Database } from 'better-sqlite3';

import { statement } from '../statements';
import type { OutgoingChange } from './change';

interface RevisionRow {
  assessment_id: string;
  identity: string;
  parent: string | null;
  fields: string;
  created_at: string;
  updated_at: string;
  replaces: string | null;
}

interface TrashRow {
  assessment_id: string;
  deleted: 0 | 1;
  change_id: string;
  head: string | null;
}

/**
 * Up to `limit` changes to push, each assessment's revisions oldest first (a parent always before its child), then
 * the trash moves. Seals the revisions it returns. One transaction.
 */
export function takeOutgoing(db: Database, limit: number): OutgoingChange[] {
  return db
    .transaction((): OutgoingChange[] => {
      const rows = statement(
        db,
        `SELECT r.assessment_id, r.identity, r.parent, r.fields, r.created_at, r.updated_at, t.replaces
         FROM revisions r LEFT JOIN team_resolutions t ON t.identity = r.identity
         WHERE r.team_seq IS NULL ORDER BY r.assessment_id, r.number LIMIT ?`,
      ).all(limit) as RevisionRow[];
      const seal = statement(db, 'UPDATE revisions SET sealed = 1 WHERE assessment_id = ? AND identity = ? AND sealed = 0');
      const out: OutgoingChange[] = rows.map((row) => {
        seal.run(row.assessment_id, row.identity);
        return {
          changeId: row.identity,
          kind: 'revision',
          assessmentId: row.assessment_id,
          parent: row.parent,
          replaces: row.replaces === null ? [] : (JSON.parse(row.replaces) as string[]),
          fields: row.fields,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        };
      });
      if (out.length >= limit) return out;
      statement(db, 'DELETE FROM team_trash_outbox WHERE assessment_id NOT IN (SELECT id FROM assessments)').run();
      // A trash move goes out only once the assessment's revisions have: it names the head it applied to.
      const trash = statement(
        db,
        `SELECT o.assessment_id, o.deleted, o.change_id,
           (SELECT identity FROM revisions WHERE assessment_id = o.assessment_id ORDER BY number DESC LIMIT 1) AS head
         FROM team_trash_outbox o
         WHERE NOT EXISTS (SELECT 1 FROM revisions WHERE assessment_id = o.assessment_id AND team_seq IS NULL) LIMIT ?`,
      ).all(limit - out.length) as TrashRow[];
      for (const row of trash) {
        if (row.head === null) continue;
        out.push({
          changeId: row.change_id,
          kind: row.deleted === 1 ? 'trash' : 'restore',
          assessmentId: row.assessment_id,
          parent: row.head,
          replaces: [],
          fields: null,
          createdAt: null,
          updatedAt: null,
        });
      }
      return out;
    })
    .immediate();
}

/**
 * Marks pushed changes as held by the team database (with the sequence number it gave them, and the author and device
 * it recorded: this device's role, which the server sets). One transaction.
 */
export function markShared(db: Database, pushed: readonly OutgoingChange[], seqs: ReadonlyMap<string, number>, by: { author: string; deviceId: string }): void {
  db.transaction(() => {
    const setSeq = statement(db, 'UPDATE revisions SET team_seq = ?, author = ?, device_id = ? WHERE assessment_id = ? AND identity = ?');
    const dropTrash = statement(db, 'DELETE FROM team_trash_outbox WHERE assessment_id = ? AND change_id = ?');
    for (const change of pushed) {
      const seq = seqs.get(change.changeId);
      if (seq === undefined) continue;
      if (change.kind === 'revision') setSeq.run(seq, by.author, by.deviceId, change.assessmentId, change.changeId);
      else dropTrash.run(change.assessmentId, change.changeId);
    }
  }).immediate();
}
