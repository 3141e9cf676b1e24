// The pipeline read from the database: counts and values per status, the open proposals by validity date, and the
// decisions of a period, through the partial indexes of migration 012 and its running totals (deal_totals, deal_days).
// Reads only.
import type { Database } from 'better-sqlite3';

import { type DealStatus } from '../shared/deal';
import {
  type CurrencyTotal,
  type Pipeline,
  PIPELINE_CSV_HEADER,
  PIPELINE_DEFAULT_DAYS,
  PIPELINE_ROWS,
  pipelineCsvLine,
  type PipelineQuery,
  type PipelineRow,
} from '../shared/pipeline';
import { statement } from './statements';

const ROW_COLUMNS = `id, client_name, project_title, status, deal_value, deal_currency, deal_at, valid_until,
  json_extract(deal, '$.acceptedTier') AS accepted_tier, json_extract(deal, '$.acceptedBy') AS accepted_by,
  json_extract(deal, '$.declineReason') AS decline_reason`;

interface Row {
  id: string;
  client_name: string;
  project_title: string;
  status: DealStatus;
  deal_value: number | null;
  deal_currency: string | null;
  deal_at: string;
  valid_until: string | null;
  accepted_tier: number | null;
  accepted_by: string | null;
  decline_reason: string | null;
}

function toRow(row: Row): PipelineRow {
  return {
    id: row.id,
    clientName: row.client_name,
    projectTitle: row.project_title,
    status: row.status,
    value: row.deal_value,
    currency: row.deal_currency,
    at: row.deal_at,
    validUntil: row.valid_until,
    acceptedTier: row.accepted_tier,
    acceptedBy: row.accepted_by,
    declineReason: row.decline_reason,
  };
}

/** The machine's calendar day, as the consultant reads it. */
export function localDay(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function dayAfter(day: string, days = 1): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function totals(rows: { currency: string | null; total: number | null }[]): CurrencyTotal[] {
  return rows.filter((r) => r.currency !== null).map((r) => ({ currency: r.currency!, total: r.total ?? 0 }));
}

/** The pipeline for a period (default: the 90 days up to today). */
export function readPipeline(db: Database, query: PipelineQuery = {}, now = new Date()): Pipeline {
  const today = query.today ?? localDay(now);
  const to = query.to ?? today;
  const from = query.from ?? dayAfter(to, -PIPELINE_DEFAULT_DAYS + 1);
  // deal_at is a UTC timestamp; the period's days are compared as its date part, from 00:00 of `from` to the end of `to`.
  const period = { from, end: dayAfter(to) };
  const sums = (
    statement(db, 'SELECT status, currency, count AS n, total FROM deal_totals WHERE count > 0 ORDER BY status, currency').all() as {
      status: DealStatus;
      currency: string;
      n: number;
      total: number;
    }[]
  ).map((s) => ({ ...s, currency: s.currency === '' ? null : s.currency }));
  const statuses = (['sent', 'accepted', 'declined', 'expired'] as const).map((status) => {
    const mine = sums.filter((s) => s.status === status);
    return { status, count: mine.reduce((n, s) => n + s.n, 0), values: totals(mine) };
  });
  // INDEXED BY: without statistics the planner would take the status index and sort every sent proposal.
  const open = (
    statement(
      db,
      `SELECT ${ROW_COLUMNS} FROM assessments INDEXED BY assessments_live_validity WHERE deleted_at IS NULL AND status = 'sent' ORDER BY valid_until, seq LIMIT ?`,
    ).all(PIPELINE_ROWS) as Row[]
  ).map(toRow);
  const overdue = statement(
    db,
    "SELECT count(*) FROM assessments INDEXED BY assessments_live_validity WHERE deleted_at IS NULL AND status = 'sent' AND valid_until < ?",
  )
    .pluck()
    .get(today) as number;
  // The period's figures from the running totals per day (migration 012), not from the rows.
  const decidedSums = (
    statement(
      db,
      `SELECT status, currency, sum(count) AS n, sum(total) AS total FROM deal_days WHERE day >= @from AND day <= @to
       GROUP BY status, currency HAVING sum(count) > 0`,
    ).all({ from, to }) as { status: DealStatus; currency: string; n: number; total: number }[]
  ).map((s) => ({ ...s, currency: s.currency === '' ? null : s.currency }));
  const count = (status: DealStatus): number => decidedSums.filter((s) => s.status === status).reduce((n, s) => n + s.n, 0);
  const wonCount = count('accepted');
  const decidedCount = wonCount + count('declined') + count('expired');
  const declineReasons = statement(
    db,
    `SELECT reason, sum(count) AS count FROM deal_days WHERE status = 'declined' AND day >= @from AND day <= @to
     GROUP BY reason HAVING sum(count) > 0 ORDER BY count DESC, reason LIMIT 20`,
  ).all({ from, to }) as { reason: string; count: number }[];
  const decided = (
    statement(
      db,
      `SELECT ${ROW_COLUMNS} FROM assessments WHERE deleted_at IS NULL AND deal_at IS NOT NULL AND status IN ('accepted', 'declined', 'expired')
       AND deal_at >= @from AND deal_at < @end ORDER BY deal_at DESC, seq DESC LIMIT @limit`,
    ).all({ ...period, limit: PIPELINE_ROWS }) as Row[]
  ).map(toRow);
  return {
    from,
    to,
    today,
    statuses,
    open,
    overdue,
    won: { count: wonCount, values: totals(decidedSums.filter((s) => s.status === 'accepted')) },
    declined: count('declined'),
    expired: count('expired'),
    winRate: decidedCount === 0 ? null : wonCount / decidedCount,
    declineReasons,
    decided,
  };
}

/** Every live proposal that left the workshop as CSV (a header, then one line each, newest first), streamed in pieces. */
export function* pipelineCsv(db: Database): Generator<string> {
  yield `${PIPELINE_CSV_HEADER.join(',')}\r\n`;
  const rows = statement(db, `SELECT ${ROW_COLUMNS} FROM assessments WHERE deleted_at IS NULL AND deal_at IS NOT NULL ORDER BY deal_at DESC, seq DESC`);
  for (const row of rows.iterate() as IterableIterator<Row>) yield pipelineCsvLine(toRow(row));
}

/**
 * The running totals (deal_totals, deal_days) against a count of the rows themselves, for `check`: each difference as
 * a sentence. Nothing when the schema predates them.
 */
export function dealTotalsProblems(db: Database): string[] {
  const kept = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'deal_days'").get();
  if (kept === undefined) return [];
  const live = 'FROM assessments WHERE deleted_at IS NULL AND deal_at IS NOT NULL';
  const pairs: [string, string, string][] = [
    [
      'deal_totals',
      'SELECT status, currency, count, total FROM deal_totals WHERE count <> 0 OR total <> 0 ORDER BY 1, 2',
      `SELECT status, coalesce(deal_currency, '') AS currency, count(*) AS count, coalesce(sum(deal_value), 0) AS total ${live} GROUP BY 1, 2 ORDER BY 1, 2`,
    ],
    [
      'deal_days',
      'SELECT day, status, currency, reason, count, total FROM deal_days WHERE count <> 0 OR total <> 0 ORDER BY 1, 2, 3, 4',
      `SELECT substr(deal_at, 1, 10) AS day, status, coalesce(deal_currency, '') AS currency,
         CASE WHEN status = 'declined' THEN coalesce(json_extract(deal, '$.declineReason'), '') ELSE '' END AS reason,
         count(*) AS count, coalesce(sum(deal_value), 0) AS total ${live} AND status IN ('accepted', 'declined', 'expired')
       GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    ],
  ];
  return pairs.flatMap(([table, keptSql, countedSql]) =>
    JSON.stringify(db.prepare(keptSql).all()) === JSON.stringify(db.prepare(countedSql).all())
      ? []
      : [`pipeline: the running totals in ${table} differ from the proposals they count`],
  );
}
