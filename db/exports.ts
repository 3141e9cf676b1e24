// The export log: every proposal or bundle written, with the revision it shows and the SHA-256 of the file's bytes.
// Logging a revision seals it (revisions.ts), so later saves start a new revision instead of changing what was exported.
import { createHash } from 'node:crypto';

import type { Database } from 'better-sqlite3';

import type { Recommendation } from '../shared/engine';
import { AppError } from '../shared/errors';
import { sealRevision } from './revisions';
import { statement } from './statements';

export type ExportKind = 'proposal' | 'bundle';
export type ExportEdition = 'client' | 'internal';

export interface ExportRecord {
  id: number;
  assessmentId: string;
  revision: number;
  kind: ExportKind;
  /** The proposal's edition; 'client' for bundles and for exports logged before editions existed. */
  edition: ExportEdition;
  path: string;
  sha256: string;
  exportedAt: string;
}

export interface ExportInput {
  assessmentId: string;
  /** The revision the file shows; the assessment's current one when absent. */
  revision?: number;
  kind?: ExportKind;
  edition?: ExportEdition;
  path: string;
  sha256: string;
  exportedAt?: string;
  /** The recommendation the file shows; kept as the revision's snapshot when the revision was still open. */
  shown?: Recommendation;
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

interface ExportRow {
  id: number;
  assessment_id: string;
  revision: number;
  kind: ExportKind;
  edition: ExportEdition;
  path: string;
  sha256: string;
  exported_at: string;
}

function toRecord(row: ExportRow): ExportRecord {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    revision: row.revision,
    kind: row.kind,
    edition: row.edition,
    path: row.path,
    sha256: row.sha256,
    exportedAt: row.exported_at,
  };
}

/** Logs one export. Throws not_found for an unknown assessment or revision, invalid_input for a malformed hash. */
export function recordExport(db: Database, input: ExportInput): ExportRecord {
  if (!/^[0-9a-f]{64}$/.test(input.sha256)) throw new AppError('invalid_input', 'sha256: expected 64 lowercase hex digits', 'sha256');
  const current = statement(db, 'SELECT revision FROM assessments WHERE id = ?').get(input.assessmentId) as { revision: number } | undefined;
  if (current === undefined) throw new AppError('not_found', `no assessment with id ${input.assessmentId}`, 'assessmentId', 'assessment_not_found');
  const revision = input.revision ?? current.revision;
  if (statement(db, 'SELECT 1 FROM revisions WHERE assessment_id = ? AND number = ?').get(input.assessmentId, revision) === undefined) {
    throw new AppError('not_found', `assessment ${input.assessmentId} has no revision ${revision}`, 'revision', 'revision_not_found', {
      number: String(revision),
    });
  }
  const row = db.transaction((): ExportRow => {
    sealRevision(db, input.assessmentId, revision, input.shown);
    return statement(
      db,
      'INSERT INTO exports (assessment_id, revision, kind, edition, path, sha256, exported_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING *',
    ).get(
      input.assessmentId,
      revision,
      input.kind ?? 'proposal',
      input.edition ?? 'client',
      input.path,
      input.sha256,
      input.exportedAt ?? new Date().toISOString(),
    ) as ExportRow;
  })();
  return toRecord(row);
}

/** An assessment's exports, newest first. */
export function listExports(db: Database, assessmentId: string): ExportRecord[] {
  return (statement(db, 'SELECT * FROM exports WHERE assessment_id = ? ORDER BY exported_at DESC, id DESC').all(assessmentId) as ExportRow[]).map(toRecord);
}
