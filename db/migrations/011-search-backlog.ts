// Migration 11: the search index catches up in batches, and lists its matches in the list's default order.
//
// Batches. Until now every save that changed a searchable word updated the full-text index in its own transaction,
// and FTS5 writes a new index segment (and merges older ones) at every commit: about a third of a 1 ms save at 100,000
// assessments (README, Benchmarks). Now a write notes the assessment in `search_backlog`, with the words and key the
// index holds for it (FTS5 takes words out of an external-content index only when told exactly which), and the index
// takes in the whole backlog at once: when it reaches BACKLOG_LIMIT assessments (in the write that fills it, by
// trigger), and before any search (db/search-backlog.ts), so a search always sees every committed word. The backlog
// commits with the write, so a crash loses nothing. (A contentless index with deletion by rowid would spare the copy
// of the words, but there each deletion rewrites the tombstones of the segment holding the assessment: a catch-up of
// 64 took about 50 ms instead of 5.)
//
// Order. A search used to gather every match of the typed words and then walk the list's index until a page was full:
// about 0.15 µs a match, 0.6 ms for a word in 2,300 of 100,000 assessments. The index's rowid is now `list_key`, which
// sorts exactly as the default list does (last update, then seq): the milliseconds since 2000 of `updated_at`, shifted
// left by 21 bits, plus seq. FTS5 yields matches in rowid order, so a search in the default order reads its page's
// matches and stops (db/list.ts). An assessment whose key cannot be formed (seq of 2^21 or more, or an `updated_at`
// that is not a canonical UTC time between 2000 and 2139, which only a file edited by hand has) gets -seq, which sorts
// nowhere in particular: while any live one exists, assessments_unkeyed says so and searches take the gathering path.
//
// The words, tokenizer and prefixes are those of migration 10; the index is filled again once, in key order (about
// 4 s at 100,000 assessments). Append-only: once released, never edit this file.

/** How many assessments may wait before the write that reaches it brings the index up to date. */
export const BACKLOG_LIMIT = 64;

/** list_key = (milliseconds since 2000-01-01 + 1) << KEY_SEQ_BITS | seq; keys below 2^KEY_SEQ_BITS are not list order. */
export const KEY_SEQ_BITS = 21;
const SEQ_LIMIT = 2 ** KEY_SEQ_BITS;
const MS_2000 = Date.UTC(2000, 0, 1);

const listKey = `CASE WHEN seq BETWEEN 1 AND ${SEQ_LIMIT - 1}
    AND updated_at >= '2000-01-01T00:00:00.000Z' AND updated_at < '2139-01-01T00:00:00.000Z'
    AND strftime('%Y-%m-%dT%H:%M:%fZ', updated_at) = updated_at
  THEN (unixepoch(updated_at) * 1000 + CAST(substr(updated_at, 21, 3) AS INTEGER) - ${MS_2000} + 1) * ${SEQ_LIMIT} + seq
  ELSE -seq END`;

const columns = 'client_name, project_title, notes, consultant, scope, context';

/**
 * Brings the search index up to date and empties the backlog, in one statement: for each noted assessment, the words
 * the index holds go out, and its words now (if it still exists) go in. FTS5 writes one segment only while the rowids
 * it is given never go down (a lower one flushes what it holds), so every step is ordered by rowid, a deletion before
 * an insertion of the same rowid.
 */
export const CATCH_UP_STATEMENTS = [
  `INSERT INTO assessments_fts(assessments_fts, rowid, ${columns})
  SELECT command, key, ${columns} FROM (
    SELECT 'delete' AS command, list_key AS key, 0 AS step, ${columns} FROM search_backlog WHERE indexed = 1
    UNION ALL
    SELECT NULL, list_key, 1, ${columns} FROM assessments_search_keyed WHERE seq IN (SELECT seq FROM search_backlog)
  ) ORDER BY key, step`,
  'DELETE FROM search_backlog',
] as const;

const catchUpWhenFull = `WHEN (SELECT count(*) FROM search_backlog) >= ${BACKLOG_LIMIT} BEGIN
  ${CATCH_UP_STATEMENTS.join(';\n  ')};
END`;

/**
 * Notes an assessment whose words or key the index no longer matches, unless already noted: the first note keeps what
 * the index holds. Run before the change (BEFORE triggers), so the view still shows what was indexed.
 */
const noteIndexed = `INSERT INTO search_backlog (seq, indexed, list_key, ${columns})
  SELECT seq, 1, list_key, ${columns} FROM assessments_search_keyed
  WHERE seq = old.seq AND NOT EXISTS (SELECT 1 FROM search_backlog WHERE seq = old.seq)`;

export const migration011 = {
  version: 11,
  name: 'search-backlog',
  sql: `
DROP TRIGGER assessments_fts_insert;
DROP TRIGGER assessments_fts_update;
DROP TRIGGER assessments_fts_delete;
DROP TABLE assessments_fts;

ALTER TABLE assessments ADD COLUMN list_key INTEGER GENERATED ALWAYS AS (${listKey}) VIRTUAL;
-- Live assessments without a key in list order; normally none, and then searches read the index in that order.
CREATE INDEX assessments_unkeyed ON assessments(seq) WHERE list_key < ${SEQ_LIMIT} AND deleted_at IS NULL;

CREATE VIEW assessments_search_keyed (list_key, seq, ${columns}) AS
  SELECT a.list_key, s.seq, ${columns
    .split(', ')
    .map((column) => `s.${column}`)
    .join(', ')}
  FROM assessments_search s JOIN assessments a ON a.seq = s.seq;
CREATE VIRTUAL TABLE assessments_fts USING fts5(
  ${columns},
  content = 'assessments_search_keyed', content_rowid = 'list_key', columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3 4'
);
INSERT INTO assessments_fts(rowid, ${columns}) SELECT list_key, ${columns} FROM assessments_search_keyed ORDER BY list_key;

CREATE TABLE search_backlog (
  -- The assessment whose words the index does not hold yet (its row may be gone: then its words only go out).
  seq INTEGER PRIMARY KEY,
  -- 1: the index holds the words below for it, under list_key, to take out first; 0: it holds nothing for it.
  indexed INTEGER NOT NULL CHECK (indexed IN (0, 1)),
  list_key INTEGER,
  ${columns.replaceAll(',', ' TEXT,')} TEXT
) STRICT;

-- A seq already noted keeps its note: a new assessment can reuse the seq of a deleted one whose words are indexed.
CREATE TRIGGER search_backlog_insert AFTER INSERT ON assessments BEGIN
  INSERT OR IGNORE INTO search_backlog (seq, indexed) VALUES (new.seq, 0);
END;
CREATE TRIGGER search_backlog_update BEFORE UPDATE ON assessments
WHEN old.updated_at IS NOT new.updated_at OR old.client_name IS NOT new.client_name OR old.project_title IS NOT new.project_title
  OR old.notes IS NOT new.notes OR old.consultant IS NOT new.consultant OR old.requirements IS NOT new.requirements
  OR old.scope IS NOT new.scope BEGIN
  ${noteIndexed};
END;
CREATE TRIGGER search_backlog_delete BEFORE DELETE ON assessments BEGIN
  ${noteIndexed};
END;

CREATE TRIGGER search_catch_up_insert AFTER INSERT ON assessments ${catchUpWhenFull};
CREATE TRIGGER search_catch_up_update AFTER UPDATE ON assessments ${catchUpWhenFull};
CREATE TRIGGER search_catch_up_delete AFTER DELETE ON assessments ${catchUpWhenFull};
`,
} as const;
