// Proposal numbers: one per assessment, given at its first proposal export, unique in the database, never changed.
// The format comes from the proposal settings ({year}, {seq} padded to four digits); the sequence runs per year.
import type { Database } from 'better-sqlite3';
import { statement } from './statements';

/** The number an assessment already has, or null before its first export. */
export function findProposalNumber(db: Database, assessmentId: string): string | null {
  const row = statement(db, 'SELECT number FROM proposal_numbers WHERE assessment_id = ?').get(assessmentId) as { number: string } | undefined;
  return row?.number ?? null;
}

export function formatProposalNumber(format: string, year: number, seq: number): string {
  return format.replaceAll('{year}', String(year)).replaceAll('{seq}', String(seq).padStart(4, '0'));
}

/**
 * The assessment's number, given now if it has none: the next sequence of the year, skipping any number already
 * taken (a format without {year} repeats across years). Call inside the export's transaction.
 */
export function assignProposalNumber(db: Database, assessmentId: string, format: string, at: Date = new Date()): string {
  const next = nextProposalNumber(db, assessmentId, format, at);
  if (next.seq !== null) claimProposalNumber(db, assessmentId, next, at);
  return next.number;
}

/** The number the assessment has, or would be given now (`seq` set), without writing anything. */
export function nextProposalNumber(db: Database, assessmentId: string, format: string, at: Date = new Date()): { number: string; year: number; seq: number | null } {
  const existing = findProposalNumber(db, assessmentId);
  const year = at.getUTCFullYear();
  if (existing !== null) return { number: existing, year, seq: null };
  const last = statement(db, 'SELECT max(seq) AS seq FROM proposal_numbers WHERE year = ?').get(year) as { seq: number | null };
  let seq = (last.seq ?? 0) + 1;
  while (statement(db, 'SELECT 1 FROM proposal_numbers WHERE number = ?').get(formatProposalNumber(format, year, seq)) !== undefined) seq++;
  return { number: formatProposalNumber(format, year, seq), year, seq };
}

/** Records a number found by nextProposalNumber (after the file carrying it was written); refuses one taken since. */
export function claimProposalNumber(db: Database, assessmentId: string, next: { number: string; year: number; seq: number | null }, at: Date = new Date()): void {
  if (next.seq === null || findProposalNumber(db, assessmentId) !== null) return;
  statement(db, 'INSERT INTO proposal_numbers (assessment_id, number, year, seq, assigned_at) VALUES (?, ?, ?, ?, ?)').run(assessmentId, next.number, next.year, next.seq, at.toISOString());
}
