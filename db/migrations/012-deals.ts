// Migration 12: the deal after the workshop (shared/deal.ts). Statuses gain accepted, declined and expired; the row
// keeps the deal record (`deal`, JSON: when it was sent and until when it is valid, who accepted which option, why it
// was declined, and its value), and the pipeline (db/pipeline.ts) reads it through columns SQLite derives from it.
// Append-only: once released, never edit this file.
//
// The status CHECK. SQLite cannot alter a constraint, and rebuilding a table of 100,000 rows with its triggers, full-text
// index and eleven indexes would be the longest upgrade yet. A CHECK that admits more values changes nothing stored, so
// the transform below takes SQLite's documented shortcut for such a change (sqlite.org/lang_altertable.html, "making
// other kinds of table schema changes": rewrite the table's CREATE text in sqlite_schema, bump schema_version, then
// check integrity), inside the migration's transaction, refusing to go on if the text is not the one migration 1 wrote.
//
// The derived columns are VIRTUAL: computed from `status` and `deal` when read, stored only in the two partial indexes
// (which hold the live assessments that left the workshop) and summed in deal_totals. A save that changes neither
// `status` nor `deal` (every edit in the workshop) writes no page of them.
import type { Database } from 'better-sqlite3';

import { AppError } from '../../shared/errors';

const OLD_CHECK = "CHECK (status IN ('draft', 'final', 'sent'))";
const NEW_CHECK = "CHECK (status IN ('draft', 'final', 'sent', 'accepted', 'declined', 'expired'))";

/** Lets the status column hold the new statuses: rewrites the CHECK in the table's CREATE text, nothing else. */
function widenStatusCheck(db: Database): void {
  const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'assessments'").pluck().get() as string;
  if (sql.split(OLD_CHECK).length !== 2) throw new AppError('internal', 'migration 12: the assessments table does not have the status check it expects');
  const version = db.pragma('schema_version', { simple: true }) as number;
  // better-sqlite3 opens connections in SQLite's defensive mode, which forbids writing sqlite_schema; lifted for this
  // one statement.
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'assessments'").run(sql.replace(OLD_CHECK, NEW_CHECK));
    db.pragma(`schema_version = ${version + 1}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.unsafeMode(false);
  }
  const verdict = db.pragma('quick_check(assessments)', { simple: true }) as string;
  if (verdict !== 'ok') throw new AppError('internal', `migration 12: the assessments table failed its check after the status change (${verdict})`);
}

/** Adds (sign 1) or takes away (sign -1) the row `row` (new or old) in the running totals. */
function count(row: 'new' | 'old', sign: 1 | -1): string {
  const currency = `coalesce(${row}.deal_currency, '')`;
  const value = `coalesce(${row}.deal_value, 0)`;
  const reason = `CASE WHEN ${row}.status = 'declined' THEN coalesce(json_extract(${row}.deal, '$.declineReason'), '') ELSE '' END`;
  return `
  INSERT INTO deal_totals (status, currency, count, total) VALUES (${row}.status, ${currency}, ${sign}, ${sign} * ${value})
    ON CONFLICT (status, currency) DO UPDATE SET count = count + excluded.count, total = total + excluded.total;
  INSERT INTO deal_days (day, status, currency, reason, count, total)
    SELECT substr(${row}.deal_at, 1, 10), ${row}.status, ${currency}, ${reason}, ${sign}, ${sign} * ${value}
    WHERE ${row}.status IN ('accepted', 'declined', 'expired')
    ON CONFLICT (day, status, currency, reason) DO UPDATE SET count = count + excluded.count, total = total + excluded.total;`;
}

const counted = (row: 'new' | 'old'): string => `${row}.deleted_at IS NULL AND ${row}.deal_at IS NOT NULL`;

const TRIGGERS = `
CREATE TRIGGER deal_totals_insert AFTER INSERT ON assessments WHEN ${counted('new')} BEGIN${count('new', 1)}
END;
CREATE TRIGGER deal_totals_delete AFTER DELETE ON assessments WHEN ${counted('old')} BEGIN${count('old', -1)}
END;
CREATE TRIGGER deal_totals_update_old AFTER UPDATE OF status, deal, deleted_at ON assessments WHEN ${counted('old')} BEGIN${count('old', -1)}
END;
CREATE TRIGGER deal_totals_update_new AFTER UPDATE OF status, deal, deleted_at ON assessments WHEN ${counted('new')} BEGIN${count('new', 1)}
END;`;

export const migration012 = {
  version: 12,
  name: 'deals',
  sql: `
ALTER TABLE assessments ADD COLUMN deal TEXT CHECK (deal IS NULL OR json_valid(deal));
ALTER TABLE assessments ADD COLUMN deal_at TEXT GENERATED ALWAYS AS (CASE
    WHEN status = 'sent' THEN json_extract(deal, '$.sentAt')
    WHEN status IN ('accepted', 'declined', 'expired') THEN json_extract(deal, '$.decidedAt') END) VIRTUAL;
ALTER TABLE assessments ADD COLUMN valid_until TEXT GENERATED ALWAYS AS (json_extract(deal, '$.validUntil')) VIRTUAL;
ALTER TABLE assessments ADD COLUMN deal_value INTEGER GENERATED ALWAYS AS (json_extract(deal, '$.value')) VIRTUAL;
ALTER TABLE assessments ADD COLUMN deal_currency TEXT GENERATED ALWAYS AS (json_extract(deal, '$.currency')) VIRTUAL;
-- The pipeline's decisions in a period: a range of deal_at per status.
CREATE INDEX assessments_live_deals ON assessments(status, deal_at) WHERE deleted_at IS NULL AND deal_at IS NOT NULL;
-- Sent proposals by validity date: the ones coming up, and the ones the start expires.
CREATE INDEX assessments_live_validity ON assessments(valid_until) WHERE deleted_at IS NULL AND status = 'sent';

-- The pipeline's running totals, kept by the triggers below so they are read in a few rows however many assessments
-- there are: per status and currency ('' for a deal without a value) in deal_totals, and for the decided ones per UTC
-- day of their decision, status, currency and decline reason ('' when none) in deal_days, whose rows a period sums.
-- The triggers fire only on writes that assign status, deal or deleted_at (db/assessments.ts assigns them only when
-- they change), never on an everyday save.
CREATE TABLE deal_totals (
  status TEXT NOT NULL,
  currency TEXT NOT NULL,
  count INTEGER NOT NULL,
  total INTEGER NOT NULL,
  PRIMARY KEY (status, currency)
) STRICT, WITHOUT ROWID;
CREATE TABLE deal_days (
  day TEXT NOT NULL,
  status TEXT NOT NULL,
  currency TEXT NOT NULL,
  reason TEXT NOT NULL,
  count INTEGER NOT NULL,
  total INTEGER NOT NULL,
  PRIMARY KEY (day, status, currency, reason)
) STRICT, WITHOUT ROWID;
${TRIGGERS}`,
  transform: widenStatusCheck,
};
