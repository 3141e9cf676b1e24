// Migration 14: the team library says who did what and what it could not read. Each revision keeps the team role and
// device that made it once shared (NULL for work never shared); rows of the team's log this device set aside are kept
// with the reason (db/team/skipped.ts); and what a colleague's action did to this device's work is kept as a notice
// until seen (db/team/notices.ts). Append-only.
export const migration014 = {
  version: 14,
  name: 'team-authorship',
  sql: `
ALTER TABLE revisions ADD COLUMN author TEXT;
ALTER TABLE revisions ADD COLUMN device_id TEXT;

-- A change of the team's log this device could not read (malformed, too large, forged): never applied, never retried,
-- reported once by the sync that met it and listed in Settings → Team.
CREATE TABLE team_skipped (
  seq INTEGER PRIMARY KEY,
  change_id TEXT NOT NULL,
  assessment_id TEXT,
  reason TEXT NOT NULL,
  skipped_at TEXT NOT NULL
) STRICT;

-- A colleague's action that changed this device's work: a deletion made here undone by their edit, their resolution
-- of a conflict this device had, their concurrent resolution set aside for this device's. Kept until seen.
CREATE TABLE team_notices (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('restored-by-edit', 'resolved-by-colleague', 'resolution-stood')),
  assessment_id TEXT NOT NULL,
  by TEXT NOT NULL,
  at TEXT NOT NULL,
  seen INTEGER NOT NULL DEFAULT 0 CHECK (seen IN (0, 1))
) STRICT;
CREATE INDEX team_notices_unseen ON team_notices(id) WHERE seen = 0;
`,
} as const;
