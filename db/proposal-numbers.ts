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

/** A number an export will give an assessment: its own, or the next free one of the year (not yet stored). */
export interface ProposalNumberClaim {
  assessmentId: string;
  number: string;
  year: number;
  seq: number;
  /** False when the assessment already had this number. */
  isNew: boolean;
}

/**
 * The number the assessment's next export prints, without writing anything: the one it has, or the next sequence of
 * the year, skipping any number already taken (a format without {year} repeats across years). An export prints it,
 * writes the file, and only then stores it with claimProposalNumber, so a cancelled or failed export uses up nothing.
 */
export function nextProposalNumber(db: Database, assessmentId: string, format: string, at: Date = new Date()): ProposalNumberClaim {
  const year = at.getUTCFullYear();
  const existing = findProposalNumber(db, assessmentId);
  if (existing !== null) return { assessmentId, number: existing, year, seq: 0, isNew: false };
  const last = statement(db, 'SELECT max(seq) AS seq FROM proposal_numbers WHERE year = ?').get(year) as { seq: number | null };
  let seq = (last.seq ?? 0) + 1;
  while (statement(db, 'SELECT 1 FROM proposal_numbers WHERE number = ?').get(formatProposalNumber(format, year, seq)) !== undefined) seq++;
  return { assessmentId, number: formatProposalNumber(format, year, seq), year, seq, isNew: true };
}

/** Stores a number found by nextProposalNumber. Call inside the export's transaction; the UNIQUE keys refuse a clash. */
export function claimProposalNumber(db: Database, claim: ProposalNumberClaim, at: Date = new Date()): void {
  if (!claim.isNew) return;
  statement(db, 'INSERT INTO proposal_numbers (assessment_id, number, year, seq, assigned_at) VALUES (?, ?, ?, ?, ?)').run(
    claim.assessmentId,
    claim.number,
    claim.year,
    claim.seq,
    at.toISOString(),
  );
}

/** The assessment's number, given now if it has none. */
export function assignProposalNumber(db: Database, assessmentId: string, format: string, at: Date = new Date()): string {
  const claim = nextProposalNumber(db, assessmentId, format, at);
  claimProposalNumber(db, claim, at);
  return claim.number;
}
