// Opening a connection to the team database with the `pg` client. The password comes from the URL, the caller (the
// app's keychain) or PGPASSWORD, in that order; TLS follows the URL's sslmode (verify-full checks the certificate
// and the host name against sslrootcert). Failures become one clear AppError (errors.ts).
import type pg from 'pg';

import { describeTeamError } from './errors';
import { parseTeamUrl, passwordInUrl, type TeamTarget } from './url';

function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export interface TeamConnectOptions {
  url: string;
  /** A password from the app's keychain; else the URL's, else $PGPASSWORD. */
  password?: string;
  /** Where the URL came from, for messages (`--url`, `--team-url`, `team.url`). */
  field?: string;
  connectTimeoutMs?: number;
}

export interface TeamConnection {
  client: pg.Client;
  target: TeamTarget;
  close: () => Promise<void>;
}

export async function connectTeam(options: TeamConnectOptions): Promise<TeamConnection> {
  const target = parseTeamUrl(options.url, options.field ?? 'url');
  // pg lets the connection string's (empty) password win over a separate one, so a keychain password goes into it.
  const connectionString = options.password === undefined || passwordInUrl(options.url) !== null ? options.url : withPassword(options.url, options.password);
  // pg is loaded here, at the first connection, not with this module: it costs serve and the app tens of milliseconds
  // at start (it loads Node's fetch machinery), and most users never join a team.
  const { default: postgres } = await import('pg');
  const client = new postgres.Client({
    connectionString,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    application_name: 'scopewise',
  });
  // A dropped connection is reported by the query that was running; an idle one must not crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw describeTeamError(error, target.label);
  }
  return { client, target, close: () => client.end().catch(() => undefined) };
}
