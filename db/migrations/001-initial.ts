// Migration 1: the first schema. Append-only: once released, never edit this file; add 002-... instead.
import { SCOPEWISE_APPLICATION_ID } from '../header';

export const migration001 = {
  version: 1,
  name: 'initial',
  sql: `
PRAGMA application_id = ${SCOPEWISE_APPLICATION_ID};

CREATE TABLE schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT;

CREATE TABLE clients (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  contact_person TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  industry TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE assessments (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  client_id TEXT REFERENCES clients(id) ON DELETE SET NULL,
  client_name TEXT NOT NULL,
  project_title TEXT NOT NULL,
  consultant TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'final', 'sent')),
  recommended TEXT NOT NULL CHECK (recommended IN ('django', 'flask', 'fastapi')),
  confidence TEXT NOT NULL CHECK (confidence IN ('high', 'medium', 'low')),
  engine_version TEXT NOT NULL,
  revision INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  -- The large values last: the list reads only the columns above, which then stay on the row's first page.
  requirements TEXT NOT NULL CHECK (json_valid(requirements)),
  notes TEXT NOT NULL,
  -- The recommendation JSON, deflated (db/snapshot.ts).
  recommendation BLOB NOT NULL
) STRICT;
CREATE INDEX assessments_live_updated ON assessments(updated_at, seq) WHERE deleted_at IS NULL;
CREATE INDEX assessments_live_created ON assessments(created_at, seq) WHERE deleted_at IS NULL;
-- No index per status or framework: those filters walk the date index (a page of 50 is found after a few hundred
-- rows at most), and every extra index on updated_at would cost each save two more pages to write and flush.
CREATE INDEX assessments_trash ON assessments(deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX assessments_client ON assessments(client_id);

-- A rowid table with a separate (assessment_id, number) key, not WITHOUT ROWID: a new revision is appended to the
-- table's last page and only its short key lands in a random leaf. Keyed by the assessment, the ~450-byte rows went
-- into random leaves that hold 7 or 8 of them, which split every few saves (each split writes three or four pages).
CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number >= 1),
  requirements TEXT NOT NULL CHECK (json_valid(requirements)),
  notes TEXT NOT NULL,
  recommended TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (assessment_id, number)
) STRICT;

CREATE TABLE exports (
  id INTEGER PRIMARY KEY,
  assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('proposal', 'bundle')),
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  exported_at TEXT NOT NULL,
  FOREIGN KEY (assessment_id, revision) REFERENCES revisions(assessment_id, number) ON DELETE CASCADE
) STRICT;
CREATE INDEX exports_revision ON exports(assessment_id, revision);

CREATE TABLE settings (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT, WITHOUT ROWID;

-- Full-text search over what a consultant remembers of an assessment. remove_diacritics 2 folds accents
-- (zoe finds Zoë); the prefix indexes keep as-you-type queries fast. The searched text is read from the assessment
-- rows through a view (external content) rather than kept in a copy, and columnsize=0 keeps no per-row token counts
-- (only bm25 would read them; the search filters by match and sorts by date): each save that changes searchable
-- text writes two pages fewer. External content means the triggers below must delete exactly the text they indexed,
-- computed from the old row as the view computes it; check.ts's integrity-check (rank 1) compares index and view.
CREATE VIEW assessments_search (seq, client_name, project_title, notes, consultant) AS
  SELECT seq, client_name, project_title, notes || ' ' || coalesce(json_extract(requirements, '$.notes'), ''), consultant FROM assessments;
CREATE VIRTUAL TABLE assessments_fts USING fts5(
  client_name, project_title, notes, consultant,
  content = 'assessments_search', content_rowid = 'seq', columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
CREATE TRIGGER assessments_fts_insert AFTER INSERT ON assessments BEGIN
  INSERT INTO assessments_fts(rowid, client_name, project_title, notes, consultant)
  VALUES (new.seq, new.client_name, new.project_title, new.notes || ' ' || coalesce(json_extract(new.requirements, '$.notes'), ''), new.consultant);
END;
CREATE TRIGGER assessments_fts_update AFTER UPDATE ON assessments
WHEN old.client_name IS NOT new.client_name OR old.project_title IS NOT new.project_title OR old.notes IS NOT new.notes
  OR old.consultant IS NOT new.consultant
  OR json_extract(old.requirements, '$.notes') IS NOT json_extract(new.requirements, '$.notes') BEGIN
  INSERT INTO assessments_fts(assessments_fts, rowid, client_name, project_title, notes, consultant)
  VALUES ('delete', old.seq, old.client_name, old.project_title, old.notes || ' ' || coalesce(json_extract(old.requirements, '$.notes'), ''), old.consultant);
  INSERT INTO assessments_fts(rowid, client_name, project_title, notes, consultant)
  VALUES (new.seq, new.client_name, new.project_title, new.notes || ' ' || coalesce(json_extract(new.requirements, '$.notes'), ''), new.consultant);
END;
CREATE TRIGGER assessments_fts_delete AFTER DELETE ON assessments BEGIN
  INSERT INTO assessments_fts(assessments_fts, rowid, client_name, project_title, notes, consultant)
  VALUES ('delete', old.seq, old.client_name, old.project_title, old.notes || ' ' || coalesce(json_extract(old.requirements, '$.notes'), ''), old.consultant);
END;
`,
} as const;
