// Proposal numbers: one per assessment, given at its first proposal export, unique for the life of the consultancy,
// never changed. The format comes from the proposal settings ({year}, {seq} padded to four digits); the sequence runs
// per year. Each number is recorded inside the database (proposal_numbers) and, before any file shows it, in a ledger
// beside the database (`scopewise.db.proposal-numbers`, one JSON line per number) that a restore never replaces: after
// restoring an older backup, or another machine's, no number already issued here is issued again, and an assessment
// numbered since the backup keeps its number. What it does not do: share numbers between two machines' databases.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

import type { Database } from 'better-sqlite3';

import { AppError } from '../shared/errors';
import { flushFolder } from './durable-file';
import { canonicalDatabasePath } from './lock';
import { statement } from './statements';

/** One number issued, as the ledger keeps it. */
export interface IssuedNumber {
  number: string;
  assessmentId: string;
  year: number;
  seq: number;
  at: string;
}

/** The ledger beside a database file. */
export function proposalNumberLedgerFor(databasePath: string): string {
  return `${canonicalDatabasePath(databasePath)}.proposal-numbers`;
}

function ledgerOf(db: Database): string | null {
  return db.memory || db.name === '' ? null : proposalNumberLedgerFor(db.name);
}

/** The numbers issued beside this database, oldest first; a line cut short by a crash is skipped. */
export function readNumberLedger(path: string): IssuedNumber[] {
  if (!existsSync(path)) return [];
  const issued: IssuedNumber[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as Partial<IssuedNumber>;
      if (typeof entry.number === 'string' && typeof entry.assessmentId === 'string' && Number.isInteger(entry.year) && Number.isInteger(entry.seq)) {
        issued.push({ number: entry.number, assessmentId: entry.assessmentId, year: entry.year!, seq: entry.seq!, at: String(entry.at ?? '') });
      }
    } catch {
      // A torn last line: the export it belonged to never committed.
    }
  }
  return issued;
}

/** Appends one number and flushes it, so it is on disk before any file prints it. */
function appendToLedger(path: string, entry: IssuedNumber): void {
  const created = !existsSync(path);
  const fd = openSync(path, 'a', 0o644);
  try {
    // A line after a torn one starts on its own line.
    writeSync(fd, `\n${JSON.stringify(entry)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (created) flushFolder(dirname(path));
}

/**
 * Adds to the ledger every number the database at `databasePath` holds that the ledger lacks (numbers issued before
 * the ledger existed). A restore calls it before replacing the database; a database it cannot read adds nothing.
 */
export function recordIssuedNumbers(databasePath: string, db: Database): number {
  const ledgerPath = proposalNumberLedgerFor(databasePath);
  let rows: { assessment_id: string; number: string; year: number; seq: number; assigned_at: string }[];
  try {
    rows = db.prepare('SELECT assessment_id, number, year, seq, assigned_at FROM proposal_numbers ORDER BY assigned_at').all() as typeof rows;
  } catch {
    return 0;
  }
  const known = new Set(readNumberLedger(ledgerPath).map((entry) => `${entry.assessmentId} ${entry.number}`));
  const missing = rows.filter((row) => !known.has(`${row.assessment_id} ${row.number}`));
  for (const row of missing)
    appendToLedger(ledgerPath, { number: row.number, assessmentId: row.assessment_id, year: row.year, seq: row.seq, at: row.assigned_at });
  return missing.length;
}

/** The number an assessment already has, or null before its first export. */
export function findProposalNumber(db: Database, assessmentId: string): string | null {
  const row = statement(db, 'SELECT number FROM proposal_numbers WHERE assessment_id = ?').get(assessmentId) as { number: string } | undefined;
  return row?.number ?? null;
}

/**
 * The number the assessment was issued: the database's, else the ledger's from before a restore (unless the database
 * gave that number to another assessment), else null. What a preview prints, as the next export will.
 */
export function issuedProposalNumber(db: Database, assessmentId: string): string | null {
  const stored = findProposalNumber(db, assessmentId);
  if (stored !== null) return stored;
  const ledgerPath = ledgerOf(db);
  const own = ledgerPath === null ? undefined : readNumberLedger(ledgerPath).findLast((entry) => entry.assessmentId === assessmentId);
  return own === undefined || takenInDatabase(db, own.number) ? null : own.number;
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
  /** False when the assessment already had this number in the database. */
  isNew: boolean;
  /** True when the ledger beside the database already records it (the assessment's number from before a restore). */
  inLedger?: boolean;
}

function takenInDatabase(db: Database, number: string): boolean {
  return statement(db, 'SELECT 1 FROM proposal_numbers WHERE number = ?').get(number) !== undefined;
}

/**
 * The number the assessment's next export prints, without writing anything: the one it has in the database; else the
 * one the ledger says it was issued (a restore brought back an older copy of it), unless the database gave that number
 * to another assessment; else the next sequence of the year after every number of the database and of the ledger,
 * skipping any number already taken (a format without {year} repeats across years). The export stores it with
 * claimProposalNumber in the transaction that logs it, before the file is written.
 */
export function nextProposalNumber(db: Database, assessmentId: string, format: string, at: Date = new Date()): ProposalNumberClaim {
  const year = at.getUTCFullYear();
  const existing = findProposalNumber(db, assessmentId);
  if (existing !== null) return { assessmentId, number: existing, year, seq: 0, isNew: false };
  const ledgerPath = ledgerOf(db);
  const ledger = ledgerPath === null ? [] : readNumberLedger(ledgerPath);
  const own = ledger.findLast((entry) => entry.assessmentId === assessmentId);
  if (own !== undefined && !takenInDatabase(db, own.number))
    return { assessmentId, number: own.number, year: own.year, seq: own.seq, isNew: true, inLedger: true };
  const last = statement(db, 'SELECT max(seq) AS seq FROM proposal_numbers WHERE year = ?').get(year) as { seq: number | null };
  const ledgerLast = Math.max(0, ...ledger.filter((entry) => entry.year === year).map((entry) => entry.seq));
  const issued = new Set(ledger.map((entry) => entry.number));
  let seq = Math.max(last.seq ?? 0, ledgerLast) + 1;
  for (;;) {
    const number = formatProposalNumber(format, year, seq);
    if (!issued.has(number) && !takenInDatabase(db, number)) return { assessmentId, number, year, seq, isNew: true };
    seq++;
  }
}

/**
 * Stores a number found by nextProposalNumber, in the database and (flushed) in the ledger beside it. Call inside the
 * export's transaction, before the file is written. A number another export took since it was found is refused as a
 * conflict, never printed twice.
 */
export function claimProposalNumber(db: Database, claim: ProposalNumberClaim, at: Date = new Date()): void {
  if (!claim.isNew) return;
  if (findProposalNumber(db, claim.assessmentId) !== null || takenInDatabase(db, claim.number)) {
    throw new AppError(
      'conflict',
      `The proposal number ${claim.number} was just given to another export; export again to get the next one.`,
      'number',
      'number_taken',
      { number: claim.number },
    );
  }
  statement(db, 'INSERT INTO proposal_numbers (assessment_id, number, year, seq, assigned_at) VALUES (?, ?, ?, ?, ?)').run(
    claim.assessmentId,
    claim.number,
    claim.year,
    claim.seq,
    at.toISOString(),
  );
  const ledgerPath = ledgerOf(db);
  if (ledgerPath !== null && claim.inLedger !== true) {
    appendToLedger(ledgerPath, { number: claim.number, assessmentId: claim.assessmentId, year: claim.year, seq: claim.seq, at: at.toISOString() });
  }
}

/** The assessment's number, given now if it has none. */
export function assignProposalNumber(db: Database, assessmentId: string, format: string, at: Date = new Date()): string {
  const claim = nextProposalNumber(db, assessmentId, format, at);
  db.transaction(() => claimProposalNumber(db, claim, at))();
  return claim.number;
}
