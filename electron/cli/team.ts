// `scopewise team init|grant|members|revoke|status`: setting up the team database and its people (as its owner), and
// showing this device's sync state.
import { conflictedAssessments, getTeamState, listSkipped, pendingCounts, type SkippedChange, type TeamState } from '../../db/team';
import { AppError } from '../../shared/errors';
import { connectTeam } from '../team/connect';
import { describeTeamError } from '../team/errors';
import { listMembers, revokeTeamRole } from '../team/members';
import { grantTeamRole, initTeamSchema, TEAM_SCHEMA_VERSION, teamSchemaVersion } from '../team/schema';
import { requireOption, requirePositional } from './args';
import { type Command, type CommandContext, EXIT_OK } from './command';
import { DB_DETAILS, DB_OPTION, withCommandDatabase } from './database';

const URL_DETAILS =
  '--url is a postgres:// URL (add ?sslmode=verify-full&sslrootcert=<ca.pem> for TLS); a password may come from $PGPASSWORD instead of the URL.';

async function init({ values, io }: CommandContext): Promise<number> {
  const connection = await connectTeam({ url: requireOption(values, 'url', 'the team database URL (postgres://owner@host/database)'), field: '--url' });
  try {
    const applied = await initTeamSchema(connection.client).catch((error: unknown) => {
      if ((error as { code?: string }).code === '42501') {
        throw new AppError(
          'forbidden',
          `team database ${connection.target.label}: this role cannot create the team schema; run team init as the database's owner (CREATE DATABASE ... OWNER <role>)`,
        );
      }
      throw describeTeamError(error, connection.target.label);
    });
    io.out(
      applied.length === 0
        ? `team schema at ${connection.target.label} is up to date (version ${TEAM_SCHEMA_VERSION})\n`
        : `team schema at ${connection.target.label}: applied migration${applied.length === 1 ? '' : 's'} ${applied.join(', ')} (now version ${TEAM_SCHEMA_VERSION})\n`,
    );
  } finally {
    await connection.close();
  }
  return EXIT_OK;
}

async function grant({ values, io }: CommandContext): Promise<number> {
  const role = requireOption(values, 'role', 'the PostgreSQL role of a consultant');
  const connection = await connectTeam({ url: requireOption(values, 'url', 'the team database URL (postgres://owner@host/database)'), field: '--url' });
  try {
    await grantTeamRole(connection.client, role).catch((error: unknown) => {
      throw describeTeamError(error, connection.target.label);
    });
    io.out(`${role} may now sync with ${connection.target.label}\n`);
  } finally {
    await connection.close();
  }
  return EXIT_OK;
}

async function members({ values, io }: CommandContext): Promise<number> {
  const connection = await connectTeam({ url: requireOption(values, 'url', 'the team database URL (postgres://owner@host/database)'), field: '--url' });
  try {
    const list = await listMembers(connection.client).catch((error: unknown) => {
      throw describeTeamError(error, connection.target.label);
    });
    if (values.json === true) io.out(`${JSON.stringify(list, null, 2)}\n`);
    else {
      if (list.length === 0)
        io.out(`no consultant may sync with ${connection.target.label} yet; add one with: scopewise team grant --url <owner-url> --role <role>\n`);
      for (const m of list) {
        const devices = m.devices.length === 0 ? 'no device yet' : m.devices.map((d) => `${d.id} (last seen ${d.lastSeen})`).join(', ');
        io.out(`${m.role}: ${m.access}; ${m.changes} change${m.changes === 1 ? '' : 's'}, last ${m.lastChange ?? 'never'}; devices: ${devices}\n`);
      }
    }
  } finally {
    await connection.close();
  }
  return EXIT_OK;
}

async function revoke({ values, io }: CommandContext): Promise<number> {
  const role = requireOption(values, 'role', 'the PostgreSQL role of the consultant to remove');
  const connection = await connectTeam({ url: requireOption(values, 'url', 'the team database URL (postgres://owner@host/database)'), field: '--url' });
  try {
    await revokeTeamRole(connection.client, role).catch((error: unknown) => {
      throw describeTeamError(error, connection.target.label);
    });
    io.out(`${role} may no longer read or write ${connection.target.label}; its past changes stay, attributed to ${role}\n`);
  } finally {
    await connection.close();
  }
  return EXIT_OK;
}

async function status({ values, io }: CommandContext): Promise<number> {
  // With --url, an admin without a local database (no device of their own) still gets the team database's answer.
  const missing = typeof values.url === 'string' ? () => null : undefined;
  const local = await withCommandDatabase(values, io, { mode: 'read', ...(missing === undefined ? {} : { missing }) }, (db) => ({
    ...getTeamState(db),
    pending: pendingCounts(db),
    conflicts: conflictedAssessments(db),
    skipped: listSkipped(db),
  }));
  let server: { reachable: boolean; schemaVersion?: number; error?: string } | undefined;
  if (typeof values.url === 'string') {
    try {
      const connection = await connectTeam({ url: values.url, field: '--url' });
      try {
        server = { reachable: true, schemaVersion: await teamSchemaVersion(connection.client) };
      } finally {
        await connection.close();
      }
    } catch (error) {
      server = { reachable: false, error: describeTeamError(error, 'team database').message };
    }
  }
  if (values.json === true) io.out(`${JSON.stringify({ ...(local ?? { device: null }), ...(server === undefined ? {} : { server }) }, null, 2)}\n`);
  else {
    io.out(
      [
        ...(local === null ? ['no local database here (no device of this computer syncs)'] : localLines(local)),
        ...(server === undefined
          ? []
          : [server.reachable ? `team database reachable (schema version ${server.schemaVersion})` : `team database unreachable: ${server.error}`]),
        '',
      ].join('\n'),
    );
  }
  return EXIT_OK;
}

function localLines(local: TeamState & { pending: { revisions: number; trash: number }; conflicts: string[]; skipped: SkippedChange[] }): string[] {
  return [
    `device ${local.deviceId}`,
    `last sync: ${local.lastSyncAt ?? 'never'}${local.lastError === null ? '' : ` (last attempt failed: ${local.lastError})`}`,
    `pending: ${local.pending.revisions} revision${local.pending.revisions === 1 ? '' : 's'}, ${local.pending.trash} trash move${local.pending.trash === 1 ? '' : 's'}`,
    `conflicts: ${local.conflicts.length === 0 ? 'none' : local.conflicts.join(', ')}`,
    ...local.skipped.map((s) => `skipped: team change ${s.id} (${s.reason})`),
  ];
}

const ACTIONS: Record<string, (context: CommandContext) => Promise<number>> = { init, grant, members, revoke, status };

export const teamCommand: Command = {
  name: 'team',
  usage: 'team init|grant|members|revoke|status',
  summary: "set up the team database (PostgreSQL) and show this device's sync state",
  details:
    'team init --url U: creates or upgrades the team schema "scopewise" (run as the database owner; no superuser needed).\n' +
    'team grant --url U --role R: lets the consultant role R read and append to the team schema (run as the owner).\n' +
    'team members --url U [--json]: each consultant role, whether it may sync, its devices (last seen) and last change.\n' +
    'team revoke --url U --role R: R may no longer read or write the team schema; its past changes stay, attributed\n' +
    '(run as the owner).\n' +
    "team status [--url U] [--json]: this device's id, last sync, what waits to be shared, conflicts, changes set aside;\n" +
    'with --url also whether the team database answers (then it works without a local database too).\n' +
    URL_DETAILS +
    '\n' +
    DB_DETAILS,
  options: { ...DB_OPTION, url: { type: 'string' }, role: { type: 'string' }, json: { type: 'boolean' } },
  run: async (context) => {
    const action = requirePositional(context.positionals, 0, 'action', 'init, grant, members, revoke or status');
    const run = ACTIONS[action];
    if (run === undefined) throw new AppError('invalid_input', `team: unknown action "${action}"; expected init, grant, members, revoke or status`, 'action');
    return run(context);
  },
};
