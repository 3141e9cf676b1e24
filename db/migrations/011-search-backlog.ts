// Migration 11: the search index catches up in batches. Until now every save that changed a searchable word updated
// the full-text index in its own transaction, and FTS5 writes a new index segment (and merges older ones) at every
// commit: about a third of a 1 ms save at 100,000 assessments (README, Benchmarks). Now a write notes the assessment in
// `search_backlog`, with the words the index holds for it (FTS5 takes words out of an external-content index only when
// told exactly which), and the index takes in the whole backlog at once: when it reaches BACKLOG_LIMIT assessments (in
// the write that fills it, by trigger), and before any search (db/search-backlog.ts), so a search always sees every
// committed word. One index segment for up to 64 assessments instead of 64 segments; the backlog commits with the
// write, so a crash loses nothing. The index, its view and its words stay those of migration 10, so nothing is
// re-indexed. (A contentless index with deletion by rowid would spare the copy of the words, but there every deletion
// rewrites the tombstones of the segment holding the assessment: a catch-up of 64 took about 50 ms instead of 5.)
// Append-only: once released, never edit this file.

/** How many assessments may wait before the write that reaches it brings the index up to date. */
export const BACKLOG_LIMIT = 64;

const columns = 'client_name, project_title, notes, consultant, scope, context';

/**
 * Brings the search index up to date and empties the backlog: the words it holds for each noted assessment go out, and
 * the assessment's words now (if it still exists) go in. Deletions first: FTS5 takes out exactly the words it is given.
 */
export const CATCH_UP_STATEMENTS = [
  `INSERT INTO assessments_fts(assessments_fts, rowid, ${columns})
  SELECT 'delete', seq, ${columns} FROM search_backlog WHERE indexed = 1`,
  `INSERT INTO assessments_fts(rowid, ${columns})
  SELECT seq, ${columns} FROM assessments_search WHERE seq IN (SELECT seq FROM search_backlog)`,
  'DELETE FROM search_backlog',
] as const;

const catchUpWhenFull = `WHEN (SELECT count(*) FROM search_backlog) >= ${BACKLOG_LIMIT} BEGIN
  ${CATCH_UP_STATEMENTS.join(';\n  ')};
END`;

/**
 * Notes an assessment whose words the index no longer matches, unless already noted: the first note keeps what the
 * index holds. Run before the change (BEFORE triggers), so assessments_search still shows the indexed words.
 */
const noteIndexed = `INSERT INTO search_backlog (seq, indexed, ${columns})
  SELECT seq, 1, ${columns} FROM assessments_search WHERE seq = old.seq AND NOT EXISTS (SELECT 1 FROM search_backlog WHERE seq = old.seq)`;

export const migration011 = {
  version: 11,
  name: 'search-backlog',
  sql: `
CREATE TABLE search_backlog (
  -- The assessment whose words the index does not hold yet (its row may be gone: then its words only go out).
  seq INTEGER PRIMARY KEY,
  -- 1: the index holds the words below for it, to take out first; 0: it holds nothing for it (a new assessment).
  indexed INTEGER NOT NULL CHECK (indexed IN (0, 1)),
  client_name TEXT, project_title TEXT, notes TEXT, consultant TEXT, scope TEXT, context TEXT
) STRICT;

DROP TRIGGER assessments_fts_insert;
DROP TRIGGER assessments_fts_update;
DROP TRIGGER assessments_fts_delete;

-- A seq already noted keeps its note: a new assessment can reuse the seq of a deleted one whose words are indexed.
CREATE TRIGGER search_backlog_insert AFTER INSERT ON assessments BEGIN
  INSERT OR IGNORE INTO search_backlog (seq, indexed) VALUES (new.seq, 0);
END;
CREATE TRIGGER search_backlog_update BEFORE UPDATE ON assessments
WHEN old.client_name IS NOT new.client_name OR old.project_title IS NOT new.project_title OR old.notes IS NOT new.notes
  OR old.consultant IS NOT new.consultant OR old.requirements IS NOT new.requirements OR old.scope IS NOT new.scope BEGIN
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
