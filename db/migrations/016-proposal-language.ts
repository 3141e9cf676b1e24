// Migration 16: the proposal in the client's language. The row keeps the language its proposal is written in
// (`proposal_language`, a BCP 47 tag; NULL means English, so rows and revisions from before keep their identity), and
// each export of a proposal keeps its bytes (`proposal_files`), so a revision that was sent re-exports as the very file
// the client received, whatever the settings, the language or the wording say later (db/proposal-files.ts).
// Append-only: once released, never edit this file.
export const migration016 = {
  version: 16,
  name: 'proposal-language',
  sql: `
ALTER TABLE assessments ADD COLUMN proposal_language TEXT CHECK (proposal_language IS NULL OR length(proposal_language) BETWEEN 2 AND 35);

-- The bytes of the last export of each revision, edition and language: while the revision is not sent, a new export
-- replaces them; once it is sent (exported before the deal's sentAt), they are what every later export writes.
CREATE TABLE proposal_files (
  assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  revision INTEGER NOT NULL,
  edition TEXT NOT NULL CHECK (edition IN ('client', 'internal')),
  language TEXT NOT NULL,
  bytes BLOB NOT NULL,
  sha256 TEXT NOT NULL,
  pages INTEGER NOT NULL,
  replaced TEXT NOT NULL CHECK (json_valid(replaced)),
  exported_at TEXT NOT NULL,
  PRIMARY KEY (assessment_id, revision, edition, language)
) STRICT;
`,
} as const;
