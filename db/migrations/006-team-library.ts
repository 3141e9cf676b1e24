// Migration 6: the team library's local state (db/team/). Which revisions are on the team database (team_seq), this
// device's id and pull cursor, revisions pulled that diverge from the local ones (conflicts), what a conflict
// resolution replaced, who last changed each shared assessment, and trash moves not yet shared. Append-only.
export const migration006 = {
  version: 6,
  name: 'team-library',
  sql: `
-- The team database's sequence number of the revision once it is shared there; NULL while only this device has it.
ALTER TABLE revisions ADD COLUMN team_seq INTEGER;
CREATE INDEX revisions_unshared ON revisions(assessment_id, number) WHERE team_seq IS NULL;

-- One row: this device, and how far it has pulled from the team database it last synced with.
CREATE TABLE team_sync (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  device_id TEXT NOT NULL,
  team_id TEXT,
  cursor INTEGER NOT NULL DEFAULT 0,
  last_sync_at TEXT,
  last_error TEXT
) STRICT;
INSERT INTO team_sync (id, device_id) VALUES (1, lower(hex(randomblob(16))));

-- Revisions pulled from the team that were made from another base than this device's latest one: kept here, whole,
-- until a consultant picks or merges (db/team/conflicts.ts); then resolved_by names the revision that settled it, and
-- the row stays: a revision is never dropped.
CREATE TABLE team_conflicts (
  identity TEXT PRIMARY KEY NOT NULL CHECK (length(identity) = 64),
  assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  parent TEXT,
  seq INTEGER NOT NULL,
  author TEXT NOT NULL,
  device_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  resolved_by TEXT,
  fields TEXT NOT NULL CHECK (json_valid(fields))
) STRICT;
CREATE INDEX team_conflicts_assessment ON team_conflicts(assessment_id, seq);
CREATE INDEX team_conflicts_open ON team_conflicts(assessment_id) WHERE resolved_by IS NULL;

-- A resolution's revision names the revisions it settles, so other devices settle the same conflict.
CREATE TABLE team_resolutions (
  identity TEXT PRIMARY KEY NOT NULL,
  replaces TEXT NOT NULL CHECK (json_valid(replaces))
) STRICT, WITHOUT ROWID;

-- Who shared the latest revision of an assessment (the team role) and from which device.
CREATE TABLE team_authors (
  assessment_id TEXT PRIMARY KEY NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  author TEXT NOT NULL,
  device_id TEXT NOT NULL,
  shared_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Moves to and from the trash not yet shared; change_id makes a retried push harmless.
CREATE TABLE team_trash_outbox (
  assessment_id TEXT PRIMARY KEY NOT NULL,
  deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
  change_id TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE TRIGGER team_trash_moved AFTER UPDATE OF deleted_at ON assessments
WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
  INSERT INTO team_trash_outbox (assessment_id, deleted, change_id) VALUES (new.id, new.deleted_at IS NOT NULL, lower(hex(randomblob(16))))
  ON CONFLICT (assessment_id) DO UPDATE SET deleted = excluded.deleted, change_id = excluded.change_id;
END;
`,
} as const;
