// Migration 5: an index for every sort the list offers, live and in the trash, so no list query scans the table or
// sorts its matches in a temporary B-tree (tests/db/list-plans.test.ts checks every sort with every filter).
// Append-only: once released, never edit this file.
//
// Each index holds its sort key only: SQLite ends every index entry with the rowid (seq), which orders the ties
// exactly as the list's `ORDER BY key, seq` asks. The live ones are partial (WHERE deleted_at IS NULL), like the
// date indexes of migration 1; the trash ones cover only trashed rows, so they stay small and a save never touches
// them. A save writes a page of one of these only when it changes that column (db/assessments.ts assigns only the
// columns that changed), so the everyday save — new answers, new notes — costs what it did before.
export const migration005 = {
  version: 5,
  name: 'list-indexes',
  sql: `
CREATE INDEX assessments_live_client ON assessments(client_name COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX assessments_live_project ON assessments(project_title COLLATE NOCASE) WHERE deleted_at IS NULL;
CREATE INDEX assessments_live_status ON assessments(status) WHERE deleted_at IS NULL;
CREATE INDEX assessments_live_recommended ON assessments(recommended) WHERE deleted_at IS NULL;

CREATE INDEX assessments_trash_updated ON assessments(updated_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX assessments_trash_created ON assessments(created_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX assessments_trash_client ON assessments(client_name COLLATE NOCASE) WHERE deleted_at IS NOT NULL;
CREATE INDEX assessments_trash_project ON assessments(project_title COLLATE NOCASE) WHERE deleted_at IS NOT NULL;
CREATE INDEX assessments_trash_status ON assessments(status) WHERE deleted_at IS NOT NULL;
CREATE INDEX assessments_trash_recommended ON assessments(recommended) WHERE deleted_at IS NOT NULL;
`,
} as const;
