// The team's people, as its admin (the database owner) sees and changes them: each consultant role with its devices,
// when each was last seen and its last change; and revoking a role, which takes away reading and writing but leaves
// every change it made in the log, attributed to it.
import type pg from 'pg';

import { AppError } from '../../shared/errors';

export interface TeamMemberDevice {
  id: string;
  firstSeen: string;
  lastSeen: string;
}

export interface TeamMember {
  role: string;
  /** read-write: may sync; revoked: may no longer read or write (its changes stay). */
  access: 'read-write' | 'revoked';
  devices: TeamMemberDevice[];
  /** When it last shared a change; null if it never did. */
  lastChange: string | null;
  changes: number;
}

interface Row {
  role: string;
  can_write: boolean;
  devices: TeamMemberDevice[] | null;
  last_change: Date | null;
  changes: string;
}

/**
 * Every role that may sync, or ever registered a device or shared a change, by name. Roles that exist no longer (dropped)
 * are listed as revoked. The owner and superusers are left out unless they synced themselves.
 */
export async function listMembers(client: pg.Client): Promise<TeamMember[]> {
  const result = await client.query<Row>(
    `WITH owner AS (SELECT tableowner AS name FROM pg_tables WHERE schemaname = 'scopewise' AND tablename = 'changes'),
     roles AS (
       SELECT r.rolname AS role FROM pg_roles r
       WHERE NOT r.rolsuper AND r.rolname <> (SELECT name FROM owner) AND r.rolname !~ '^pg_'
         AND has_table_privilege(r.oid, 'scopewise.changes', 'INSERT')
       UNION SELECT role FROM scopewise.devices
       UNION SELECT DISTINCT author FROM scopewise.changes
     )
     SELECT roles.role,
       coalesce((SELECT has_table_privilege(r.oid, 'scopewise.changes', 'INSERT') AND has_table_privilege(r.oid, 'scopewise.changes', 'SELECT')
                 FROM pg_roles r WHERE r.rolname = roles.role), false) AS can_write,
       (SELECT json_agg(json_build_object('id', d.id, 'firstSeen', d.first_seen, 'lastSeen', d.last_seen) ORDER BY d.last_seen DESC)
        FROM scopewise.devices d WHERE d.role = roles.role) AS devices,
       (SELECT max(c.shared_at) FROM scopewise.changes c WHERE c.author = roles.role) AS last_change,
       (SELECT count(*) FROM scopewise.changes c WHERE c.author = roles.role)::text AS changes
     FROM roles ORDER BY roles.role`,
  );
  return result.rows.map((row) => ({
    role: row.role,
    access: row.can_write ? 'read-write' : 'revoked',
    devices: (row.devices ?? []).map((d) => ({ id: d.id, firstSeen: new Date(d.firstSeen).toISOString(), lastSeen: new Date(d.lastSeen).toISOString() })),
    lastChange: row.last_change === null ? null : row.last_change.toISOString(),
    changes: Number(row.changes),
  }));
}

/** Takes every right on the team schema from `role` (run by the owner); its changes stay in the log, attributed to it. */
export async function revokeTeamRole(client: pg.Client, role: string): Promise<void> {
  const exists = await client.query<{ self: boolean }>('SELECT rolname = current_user AS self FROM pg_roles WHERE rolname = $1', [role]);
  if (exists.rowCount === 0) throw new AppError('not_found', `--role: no PostgreSQL role named ${role}`, 'role');
  if (exists.rows[0]!.self) throw new AppError('invalid_input', `--role: ${role} is the role running this command; the owner keeps its rights`, 'role');
  const who = client.escapeIdentifier(role);
  await client.query('BEGIN');
  try {
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA scopewise FROM ${who}`);
    await client.query(`REVOKE ALL ON SCHEMA scopewise FROM ${who}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
