// The team database's schema `scopewise`: numbered migrations, each in its own transaction, needing only the rights
// of the database's owner (CREATE on the database), never a superuser; and granting a consultant's role what sync
// needs and no more: read the log, append to it, register its device. Shared revisions are never updated or deleted.
import type pg from 'pg';

import { AppError } from '../../shared/errors';

/** The format of a change this Scopewise writes and reads (the changes.format column); the server refuses others. */
export const CHANGE_FORMAT = 1;
/** The most a revision's fields may take in the team database (the largest valid assessment is well under this). */
export const MAX_FIELDS_BYTES = 16 * 1024 * 1024;

export interface TeamMigration {
  version: number;
  name: string;
  sql: string;
}

// Append-only, like db/migrations. The change log's seq is the pull cursor: strictly increasing in commit order,
// because every push takes the same transaction-scoped advisory lock before it inserts (electron/team/push.ts).
export const TEAM_MIGRATIONS: readonly TeamMigration[] = [
  {
    version: 1,
    name: 'change-log',
    sql: `
CREATE TABLE scopewise.team (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO scopewise.team DEFAULT VALUES;

CREATE TABLE scopewise.devices (
  id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{32}$'),
  role text NOT NULL DEFAULT current_user,
  first_seen timestamptz NOT NULL DEFAULT now(),
  last_seen timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE scopewise.changes (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  change_id text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('revision', 'trash', 'restore')),
  assessment_id text NOT NULL,
  parent text,
  replaces jsonb NOT NULL DEFAULT '[]',
  fields text,
  created_at text,
  updated_at text,
  -- Who shared it: the PostgreSQL role of the connection, never a name the client claims.
  author text NOT NULL DEFAULT current_user,
  device_id text NOT NULL REFERENCES scopewise.devices(id),
  shared_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'revision') = (fields IS NOT NULL AND created_at IS NOT NULL AND updated_at IS NOT NULL))
);
CREATE INDEX changes_assessment ON scopewise.changes (assessment_id, seq);
`,
  },
  {
    // The server is the authority on who wrote a change and whether it is readable: every insert is checked here, so
    // one consultant's bad or forged row cannot stop or split the others (rows from before this stay, and each device
    // sets them aside alike: electron/team/pull.ts).
    version: 2,
    name: 'checked-changes',
    sql: `
ALTER TABLE scopewise.changes ADD COLUMN format smallint NOT NULL DEFAULT 1;

CREATE FUNCTION scopewise.check_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parsed jsonb;
BEGIN
  IF NEW.author <> current_user THEN
    RAISE EXCEPTION 'author: a change is written by the connected role (%), not in the name of %', current_user, NEW.author USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM scopewise.devices d WHERE d.id = NEW.device_id AND d.role = current_user) THEN
    RAISE EXCEPTION 'device_id: device % is not registered to %', NEW.device_id, current_user USING ERRCODE = '42501';
  END IF;
  NEW.shared_at := now();
  IF NEW.format <> ${CHANGE_FORMAT} THEN
    RAISE EXCEPTION 'format: change format % is not one this team schema knows (${CHANGE_FORMAT})', NEW.format USING ERRCODE = '23514';
  END IF;
  IF NEW.assessment_id !~ '^[0-9A-Fa-f-]{36}$' THEN
    RAISE EXCEPTION 'assessment_id: not an assessment id' USING ERRCODE = '23514';
  END IF;
  IF NEW.parent IS NOT NULL AND NEW.parent !~ '^[0-9a-f]{64}$' THEN
    RAISE EXCEPTION 'parent: not a revision identity' USING ERRCODE = '23514';
  END IF;
  IF jsonb_typeof(NEW.replaces) <> 'array' OR EXISTS (
    SELECT 1 FROM jsonb_array_elements(NEW.replaces) r WHERE jsonb_typeof(r) <> 'string' OR r #>> '{}' !~ '^[0-9a-f]{64}$'
  ) THEN
    RAISE EXCEPTION 'replaces: not a list of revision identities' USING ERRCODE = '23514';
  END IF;
  IF NEW.kind = 'revision' THEN
    IF NEW.change_id !~ '^[0-9a-f]{64}$' THEN
      RAISE EXCEPTION 'change_id: a revision is named by its identity (64 hex digits)' USING ERRCODE = '23514';
    END IF;
    IF octet_length(NEW.fields) > ${MAX_FIELDS_BYTES} THEN
      RAISE EXCEPTION 'fields: % bytes, larger than the % a revision may hold', octet_length(NEW.fields), ${MAX_FIELDS_BYTES} USING ERRCODE = '54000';
    END IF;
    BEGIN
      parsed := NEW.fields::jsonb;
    EXCEPTION WHEN others THEN
      parsed := NULL;
    END;
    IF parsed IS NULL OR jsonb_typeof(parsed) <> 'object' THEN
      RAISE EXCEPTION 'fields: not a JSON object' USING ERRCODE = '22P02';
    END IF;
    IF NEW.created_at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T' OR NEW.updated_at !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T' THEN
      RAISE EXCEPTION 'created_at, updated_at: not ISO dates' USING ERRCODE = '23514';
    END IF;
  ELSIF length(NEW.change_id) > 100 THEN
    RAISE EXCEPTION 'change_id: longer than 100 characters' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER changes_checked BEFORE INSERT ON scopewise.changes FOR EACH ROW EXECUTE FUNCTION scopewise.check_change();

-- A device belongs to the role that registered it; no other role may register or touch it.
CREATE FUNCTION scopewise.check_device() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP = 'INSERT' AND NEW.role <> current_user) OR (TG_OP = 'UPDATE' AND OLD.role <> current_user) THEN
    RAISE EXCEPTION 'device %: a device is registered only by its own role (it is %, this is %)', NEW.id, coalesce(OLD.role, NEW.role), current_user
      USING ERRCODE = '42501';
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW.first_seen := now();
  END IF;
  NEW.last_seen := now();
  RETURN NEW;
END $$;
CREATE TRIGGER devices_checked BEFORE INSERT OR UPDATE ON scopewise.devices FOR EACH ROW EXECUTE FUNCTION scopewise.check_device();
`,
  },
];

export const TEAM_SCHEMA_VERSION = TEAM_MIGRATIONS.at(-1)!.version;

/** The team schema's version, or 0 when the database has none. */
export async function teamSchemaVersion(client: pg.Client): Promise<number> {
  const exists = await client.query<{ present: boolean }>("SELECT to_regclass('scopewise.schema_migrations') IS NOT NULL AS present");
  if (exists.rows[0]?.present !== true) return 0;
  const result = await client.query<{ version: number }>('SELECT coalesce(max(version), 0)::int AS version FROM scopewise.schema_migrations');
  return result.rows[0]?.version ?? 0;
}

/**
 * Creates or upgrades the team schema; returns the versions applied. Two inits at once wait for each other (an
 * advisory lock); a schema newer than this Scopewise knows is refused and left as it is.
 */
export async function initTeamSchema(client: pg.Client): Promise<number[]> {
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('scopewise team init'))");
    await client.query('CREATE SCHEMA IF NOT EXISTS scopewise');
    await client.query(
      'CREATE TABLE IF NOT EXISTS scopewise.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  for (const migration of TEAM_MIGRATIONS) {
    await client.query('BEGIN');
    try {
      await client.query("SELECT pg_advisory_xact_lock(hashtext('scopewise team init'))");
      const current = await teamSchemaVersion(client);
      if (current > TEAM_SCHEMA_VERSION) {
        throw new AppError(
          'unsupported',
          `the team schema is version ${current}, newer than this Scopewise knows (${TEAM_SCHEMA_VERSION}); it was left as it is`,
        );
      }
      if (current < migration.version) {
        await client.query(migration.sql);
        await client.query('INSERT INTO scopewise.schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        applied.push(migration.version);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
  return applied;
}

/** Gives a consultant's role what sync needs on the team schema (run by the owner after `team init`). */
export async function grantTeamRole(client: pg.Client, role: string): Promise<void> {
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  if (exists.rowCount === 0)
    throw new AppError('not_found', `--role: no PostgreSQL role named ${role}; create it first (CREATE ROLE ${role} LOGIN PASSWORD '...')`, 'role');
  const who = client.escapeIdentifier(role);
  await client.query('BEGIN');
  try {
    await client.query(`GRANT USAGE ON SCHEMA scopewise TO ${who}`);
    await client.query(`GRANT SELECT ON scopewise.team, scopewise.schema_migrations TO ${who}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE (last_seen) ON scopewise.devices TO ${who}`);
    await client.query(`GRANT SELECT, INSERT ON scopewise.changes TO ${who}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
