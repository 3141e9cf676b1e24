// Applying what was pulled from the team database, in one local transaction with the cursor's advance, so a sync
// stopped at any point resumes exactly where the last committed batch ended. History decides, as for bundle imports
// (db/bundle.ts fastForward): a revision made from the local head is appended; one already here is only marked
// shared; anything else is a conflict, kept whole in team_conflicts. Nothing local is ever overwritten.
//
// Two resolutions of the same conflict (their `replaces` overlap) made concurrently: the one the team database took
// first stands on every device, the later one is kept as settled by it. So concurrent resolutions converge in one
// round instead of conflicting with each other, and the device whose resolution was set aside is told (a notice).
import type { Database } from 'better-sqlite3';

import type { AssessmentFields } from '../../shared/assessment';
import { insertAssessmentRow } from '../assessments';
import { fastForward, type Incoming } from '../bundle';
import { appendRevisions, type RevisionState } from '../revisions';
import { statement } from '../statements';
import { ancestorsOf } from './ancestry';
import type { SkippedChange, TeamChange } from './change';
import { addNotice, type TeamNotice } from './notices';
import { noteSkipped } from './skipped';

export interface ApplyReport {
  /** Changes from other devices that changed something here. */
  applied: number;
  /** Assessments that got a conflict in this batch. */
  conflicts: string[];
  /** What a colleague's change did to this device's work, in this batch. */
  notices: TeamNotice[];
  /** Assessments this batch changed here (new, changed, into or out of the trash), for the UI to refresh. */
  changed: string[];
}

/** This device in the team: its id, and the team role it syncs as (the author the server gives its changes). */
export interface TeamSelf {
  deviceId: string;
  role: string;
}

interface Local {
  deleted_at: string | null;
}

function stateOf(change: TeamChange, number: number): RevisionState {
  return { number, fields: JSON.parse(change.fields!) as AssessmentFields, createdAt: change.createdAt!, updatedAt: change.updatedAt! };
}

function incomingOf(change: TeamChange, revisions: RevisionState[], identities: string[]): Incoming {
  return { fields: revisions.at(-1)!.fields, createdAt: change.createdAt!, updatedAt: change.updatedAt!, revisions, identities };
}

function hasRevision(db: Database, assessmentId: string, identity: string): boolean {
  return statement(db, 'SELECT 1 FROM revisions WHERE assessment_id = ? AND identity = ?').get(assessmentId, identity) !== undefined;
}

function headOf(db: Database, assessmentId: string): string {
  return statement(db, 'SELECT identity FROM revisions WHERE assessment_id = ? ORDER BY number DESC LIMIT 1').pluck().get(assessmentId) as string;
}

function markShared(db: Database, change: { assessmentId: string; changeId: string; seq: number; author: string; deviceId: string }): void {
  statement(
    db,
    'UPDATE revisions SET team_seq = ?, author = ?, device_id = ? WHERE assessment_id = ? AND identity = ? AND (team_seq IS NOT ? OR author IS NOT ?)',
  ).run(change.seq, change.author, change.deviceId, change.assessmentId, change.changeId, change.seq, change.author);
}

/** Keeps what a pulled resolution settles, so a later resolution of the same conflict can be recognised here. */
function noteResolution(db: Database, change: TeamChange): void {
  if (change.replaces.length === 0) return;
  statement(db, 'INSERT INTO team_resolutions (identity, replaces) VALUES (?, ?) ON CONFLICT (identity) DO NOTHING').run(
    change.changeId,
    JSON.stringify(change.replaces),
  );
}

/** The team's sequence number of a revision known here (in the history or kept as a conflict); null while unshared. */
function seqOf(db: Database, assessmentId: string, identity: string): number | null {
  const inHistory = statement(db, 'SELECT team_seq FROM revisions WHERE assessment_id = ? AND identity = ?').pluck().get(assessmentId, identity) as
    number | null | undefined;
  if (inHistory !== undefined) return inHistory;
  return (
    (statement(db, 'SELECT seq FROM team_conflicts WHERE assessment_id = ? AND identity = ?').pluck().get(assessmentId, identity) as number | undefined) ?? null
  );
}

/** Resolutions known here that settle part of what `replaces` settles (their replaces overlap), with their seq. */
function overlappingResolutions(db: Database, assessmentId: string, self: string, replaces: readonly string[]): { identity: string; seq: number | null }[] {
  const rows = statement(
    db,
    `SELECT DISTINCT r.identity FROM team_resolutions r, json_each(r.replaces) j
     WHERE r.identity <> ? AND j.value IN (SELECT value FROM json_each(?))`,
  )
    .pluck()
    .all(self, JSON.stringify(replaces)) as string[];
  return rows
    .filter((identity) => hasRevision(db, assessmentId, identity) || isKeptConflict(db, assessmentId, identity))
    .map((identity) => ({ identity, seq: seqOf(db, assessmentId, identity) }));
}

/** What every resolution `head` descends from (itself included) settles. */
function settledByHistory(db: Database, assessmentId: string, head: string): Set<string> {
  const read = statement(db, 'SELECT replaces FROM team_resolutions WHERE identity = ?').pluck();
  const out = new Set<string>();
  for (const identity of ancestorsOf(db, assessmentId, head)) {
    const replaces = read.get(identity) as string | undefined;
    if (replaces !== undefined) for (const r of JSON.parse(replaces) as string[]) out.add(r);
  }
  return out;
}

function isKeptConflict(db: Database, assessmentId: string, identity: string): boolean {
  return statement(db, 'SELECT 1 FROM team_conflicts WHERE assessment_id = ? AND identity = ?').get(assessmentId, identity) !== undefined;
}

function authorOf(db: Database, assessmentId: string, identity: string): string | null {
  return (
    (statement(db, 'SELECT author FROM revisions WHERE assessment_id = ? AND identity = ?').pluck().get(assessmentId, identity) as string | null | undefined) ??
    (statement(db, 'SELECT author FROM team_conflicts WHERE assessment_id = ? AND identity = ?').pluck().get(assessmentId, identity) as string | undefined) ??
    null
  );
}

function noteAuthor(db: Database, change: TeamChange): void {
  statement(
    db,
    `INSERT INTO team_authors (assessment_id, author, device_id, shared_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (assessment_id) DO UPDATE SET author = excluded.author, device_id = excluded.device_id, shared_at = excluded.shared_at`,
  ).run(change.assessmentId, change.author, change.deviceId, change.sharedAt);
}

/** Runs `move` (which may bring an assessment in or out of the trash) without queueing that move to be shared back. */
function withoutEcho(db: Database, assessmentId: string, move: () => void): void {
  const queued = statement(db, 'SELECT 1 FROM team_trash_outbox WHERE assessment_id = ?').get(assessmentId) !== undefined;
  move();
  if (!queued) statement(db, 'DELETE FROM team_trash_outbox WHERE assessment_id = ?').run(assessmentId);
}

interface ConflictRow {
  identity: string;
  parent: string | null;
  seq: number;
  author: string;
  device_id: string;
  fields: string;
  created_at: string;
  updated_at: string;
}

/** The chain of kept conflict revisions that ends at `identity`, oldest first, and the local revision it starts from. */
function conflictChain(db: Database, assessmentId: string, identity: string | null): { chain: ConflictRow[]; root: string } | null {
  const chain: ConflictRow[] = [];
  let at = identity;
  while (at !== null) {
    if (hasRevision(db, assessmentId, at)) return { chain: chain.reverse(), root: at };
    const row = statement(
      db,
      'SELECT identity, parent, seq, author, device_id, fields, created_at, updated_at FROM team_conflicts WHERE assessment_id = ? AND identity = ?',
    ).get(assessmentId, at) as ConflictRow | undefined;
    if (row === undefined || chain.length > 10_000) return null;
    chain.push(row);
    at = row.parent;
  }
  return null;
}

/** Conflict revisions now in the history here leave the conflict table; those a resolution settled stay, marked. */
function settleConflicts(db: Database, assessmentId: string, adopted: readonly string[], settled: readonly string[], by: string): void {
  const drop = statement(db, 'DELETE FROM team_conflicts WHERE assessment_id = ? AND identity = ?');
  for (const identity of adopted) drop.run(assessmentId, identity);
  const mark = statement(db, 'UPDATE team_conflicts SET resolved_by = ? WHERE assessment_id = ? AND identity = ? AND resolved_by IS NULL');
  for (const identity of settled) mark.run(by, assessmentId, identity);
}

function keepAsConflict(db: Database, change: TeamChange, resolvedBy: string | null): void {
  statement(
    db,
    `INSERT INTO team_conflicts (identity, assessment_id, parent, seq, author, device_id, created_at, updated_at, fields, resolved_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    change.changeId,
    change.assessmentId,
    change.parent,
    change.seq,
    change.author,
    change.deviceId,
    change.createdAt,
    change.updatedAt,
    change.fields,
    resolvedBy,
  );
}

interface RevisionOutcome {
  changed: boolean;
  conflict: boolean;
  notices: TeamNotice[];
}

/** A revision from the team. Returns whether it changed anything here, whether it is kept as a conflict, and notices. */
function applyRevision(db: Database, change: TeamChange, self: TeamSelf, now: Date): RevisionOutcome {
  const id = change.assessmentId;
  const notices: TeamNotice[] = [];
  const notice = (kind: TeamNotice['kind'], by: string): void => {
    if (by !== self.role) notices.push(addNotice(db, { kind, id, by }, now));
  };
  const local = statement(db, 'SELECT deleted_at FROM assessments WHERE id = ?').get(id) as Local | undefined;
  if (local === undefined) {
    // New here (or purged from the trash here since): its history starts with this revision.
    const revision = stateOf(change, 1);
    const recommendation = insertAssessmentRow(db, revision.fields, { id, createdAt: change.createdAt!, updatedAt: change.updatedAt!, revision: 1 }, now);
    appendRevisions(db, id, [revision], { parent: change.parent, sealed: true, lastRecommendation: recommendation });
    markShared(db, change);
    return { changed: true, conflict: false, notices };
  }
  if (hasRevision(db, id, change.changeId)) {
    markShared(db, change);
    return { changed: false, conflict: false, notices };
  }
  if (isKeptConflict(db, id, change.changeId)) return { changed: false, conflict: false, notices };
  const head = headOf(db, id);
  // Resolutions known here that settle part of the same conflict, and that this one did not know of (it neither
  // settles them nor descends from them): made concurrently with it.
  const known = change.replaces.length === 0 ? new Set<string>() : new Set([...change.replaces, ...ancestorsOf(db, id, change.parent)]);
  const overlapping =
    change.replaces.length === 0 ? [] : overlappingResolutions(db, id, change.changeId, change.replaces).filter((r) => !known.has(r.identity));
  // A resolution of a conflict another resolution the team took earlier already settles: that one stands.
  const earlier = overlapping.filter((r) => r.seq !== null && r.seq < change.seq).sort((a, b) => a.seq! - b.seq!)[0];
  if (earlier !== undefined) {
    keepAsConflict(db, change, earlier.identity);
    if (authorOf(db, id, earlier.identity) === self.role) notice('resolution-stood', change.author);
    return { changed: false, conflict: false, notices };
  }
  // The head here is a resolution of the same conflict that the team took later (or has not yet): this one stands.
  const supersedesHead = overlapping.some((r) => r.identity === head);
  // Made from the head here, or a resolution that settles the head here: the history here continues with it.
  const path =
    change.parent === head ? { chain: [], root: head } : change.replaces.includes(head) || supersedesHead ? conflictChain(db, id, change.parent) : null;
  if (path !== null) {
    const first = (statement(db, 'SELECT max(number) FROM revisions WHERE assessment_id = ?').pluck().get(id) as number) + 1;
    const later = [
      ...path.chain.map((row, i) => ({
        number: first + i,
        fields: JSON.parse(row.fields) as AssessmentFields,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      })),
      stateOf(change, first + path.chain.length),
    ];
    const identities = [...path.chain.map((row) => row.identity), change.changeId];
    const trashed = local.deleted_at !== null;
    withoutEcho(db, id, () => fastForward(db, id, incomingOf(change, later, identities), later, path.root, now));
    for (const row of path.chain) markShared(db, { assessmentId: id, changeId: row.identity, seq: row.seq, author: row.author, deviceId: row.device_id });
    markShared(db, change);
    // Everything a resolution in the history here now settles is settled, whichever revision of the line carried it.
    const settled = settledByHistory(db, id, change.changeId);
    if (supersedesHead) {
      // What the set-aside resolution here settled and the history now does not is open again, as on every other device.
      const reopen = statement(db, 'UPDATE team_conflicts SET resolved_by = NULL WHERE assessment_id = ? AND resolved_by = ? AND identity = ?');
      const settledByHead = statement(db, 'SELECT identity FROM team_conflicts WHERE assessment_id = ? AND resolved_by = ?').pluck().all(id, head) as string[];
      for (const identity of settledByHead) if (!settled.has(identity)) reopen.run(id, head, identity);
    }
    settleConflicts(
      db,
      id,
      path.chain.map((row) => row.identity),
      [...settled],
      change.changeId,
    );
    if (change.replaces.length > 0) notice('resolved-by-colleague', change.author);
    if (trashed) notice('restored-by-edit', change.author);
    return { changed: true, conflict: false, notices };
  }
  keepAsConflict(db, change, null);
  if (local.deleted_at !== null) {
    withoutEcho(db, id, () => statement(db, 'UPDATE assessments SET deleted_at = NULL WHERE id = ?').run(id));
    notice('restored-by-edit', change.author);
  }
  return { changed: true, conflict: true, notices };
}

/**
 * A move to or from the trash made on another device. Moving to the trash applies only when nothing was changed here
 * since the revision it was made at (an edit made meanwhile wins and keeps it live); a restore always applies.
 */
function applyTrashMove(db: Database, change: TeamChange, deviceId: string): boolean {
  if (change.deviceId === deviceId) return false;
  const local = statement(db, 'SELECT deleted_at FROM assessments WHERE id = ?').get(change.assessmentId) as Local | undefined;
  if (local === undefined) return false;
  if (change.kind === 'restore') {
    if (local.deleted_at === null) return false;
    withoutEcho(db, change.assessmentId, () => statement(db, 'UPDATE assessments SET deleted_at = NULL WHERE id = ?').run(change.assessmentId));
    return true;
  }
  const conflicted =
    statement(db, 'SELECT 1 FROM team_conflicts WHERE assessment_id = ? AND resolved_by IS NULL LIMIT 1').get(change.assessmentId) !== undefined;
  if (local.deleted_at !== null || conflicted || headOf(db, change.assessmentId) !== change.parent) return false;
  withoutEcho(db, change.assessmentId, () => statement(db, 'UPDATE assessments SET deleted_at = ? WHERE id = ?').run(change.sharedAt, change.assessmentId));
  return true;
}

/**
 * Applies a batch of changes (in sequence order), notes those set aside as unreadable, and moves the cursor past the
 * last of either, in one transaction.
 */
export function applyChanges(
  db: Database,
  batch: { changes: readonly TeamChange[]; skipped?: readonly SkippedChange[] },
  self: TeamSelf,
  now = new Date(),
): ApplyReport {
  const { changes, skipped = [] } = batch;
  return db
    .transaction((): ApplyReport => {
      const report: ApplyReport = { applied: 0, conflicts: [], notices: [], changed: [] };
      const changed = new Set<string>();
      for (const change of changes) {
        if (change.kind === 'revision') {
          noteResolution(db, change);
          const outcome = applyRevision(db, change, self, now);
          if (outcome.changed) {
            report.applied++;
            changed.add(change.assessmentId);
          }
          if (outcome.conflict && !report.conflicts.includes(change.assessmentId)) report.conflicts.push(change.assessmentId);
          report.notices.push(...outcome.notices);
          noteAuthor(db, change);
        } else if (applyTrashMove(db, change, self.deviceId)) {
          report.applied++;
          changed.add(change.assessmentId);
        }
      }
      report.changed = [...changed];
      noteSkipped(db, skipped, now);
      const last = Math.max(changes.at(-1)?.seq ?? 0, skipped.at(-1)?.seq ?? 0);
      if (last > 0) statement(db, 'UPDATE team_sync SET cursor = ? WHERE id = 1 AND cursor < ?').run(last, last);
      return report;
    })
    .immediate();
}
