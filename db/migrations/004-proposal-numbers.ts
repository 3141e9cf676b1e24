// Migration 4: proposal numbers (given at an assessment's first proposal export, unique, never changed) and the
// edition each proposal export was written in. Append-only: once released, never edit this file.
export const migration004 = {
  version: 4,
  name: 'proposal-numbers',
  sql: `
ALTER TABLE exports ADD COLUMN edition TEXT NOT NULL DEFAULT 'client' CHECK (edition IN ('client', 'internal'));

CREATE TABLE proposal_numbers (
  assessment_id TEXT PRIMARY KEY NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  number TEXT NOT NULL UNIQUE,
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  assigned_at TEXT NOT NULL
) STRICT;
`,
};
