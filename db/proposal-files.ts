// The bytes of exported proposals (migration 016), so a sent revision stays sealed: once the deal says a revision's
// proposal was sent (an export of it at or before the deal's `sentAt`), exporting or previewing it again gives the very
// file the client received, whatever the settings, the branding, the proposal language or this version's wording say
// now. Until then each export replaces the stored bytes, so an unsent revision follows the current settings.
// Keeps only the last export per revision, edition and language; does not decide what a proposal prints.
import type { Database } from 'better-sqlite3';

import { hasAssessmentColumn, statement } from './statements';

export interface StoredProposal {
  bytes: Uint8Array;
  sha256: string;
  pages: number;
  /** Characters no embedded font could draw, as the export reported them. */
  replaced: string[];
}

export interface ProposalFileKey {
  assessmentId: string;
  revision: number;
  edition: 'client' | 'internal';
  language: string;
}

/** Whether the connection's schema keeps proposal files (migration 16 added them with the proposal language column). */
function hasProposalFiles(db: Database): boolean {
  return hasAssessmentColumn(db, 'proposal_language');
}

interface FileRow {
  bytes: Buffer;
  sha256: string;
  pages: number;
  replaced: string;
}

/** The file sent for this revision, edition and language; null when it was never exported before it was sent. */
export function sentProposalFile(db: Database, key: ProposalFileKey): StoredProposal | null {
  if (!hasProposalFiles(db)) return null;
  const row = statement(
    db,
    `SELECT f.bytes, f.sha256, f.pages, f.replaced FROM proposal_files f JOIN assessments a ON a.id = f.assessment_id
     WHERE f.assessment_id = ? AND f.revision = ? AND f.edition = ? AND f.language = ?
       AND json_extract(a.deal, '$.sentAt') IS NOT NULL AND f.exported_at <= json_extract(a.deal, '$.sentAt')`,
  ).get(key.assessmentId, key.revision, key.edition, key.language) as FileRow | undefined;
  if (row === undefined) return null;
  return { bytes: new Uint8Array(row.bytes), sha256: row.sha256, pages: row.pages, replaced: JSON.parse(row.replaced) as string[] };
}

/**
 * Keeps an export's bytes, inside the export's transaction: replaces what an earlier export of the same revision,
 * edition and language stored, unless that one was sent (then it stays, and it is what this export wrote anyway).
 */
export function keepProposalFile(db: Database, key: ProposalFileKey, file: StoredProposal, exportedAt: string): void {
  if (!hasProposalFiles(db) || sentProposalFile(db, key) !== null) return;
  statement(
    db,
    `INSERT INTO proposal_files (assessment_id, revision, edition, language, bytes, sha256, pages, replaced, exported_at)
     VALUES (@assessmentId, @revision, @edition, @language, @bytes, @sha256, @pages, @replaced, @exportedAt)
     ON CONFLICT (assessment_id, revision, edition, language) DO UPDATE SET
       bytes = excluded.bytes, sha256 = excluded.sha256, pages = excluded.pages, replaced = excluded.replaced, exported_at = excluded.exported_at`,
  ).run({ ...key, bytes: Buffer.from(file.bytes), sha256: file.sha256, pages: file.pages, replaced: JSON.stringify(file.replaced), exportedAt });
}
