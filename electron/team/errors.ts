// Turning what the PostgreSQL client throws into one clear sentence naming the team database and what to do. Pure.
import { AppError, type ErrorCode, type ErrorReason } from '../../shared/errors';

interface PgLikeError {
  code?: string;
  message?: string;
}

/** An AppError for a failure talking to the team database at `label` (user@host:port/database). */
export function describeTeamError(error: unknown, label: string): AppError {
  if (error instanceof AppError) return error;
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as PgLikeError;
  const detail = message ?? String(error);
  /** The failure named by the team database's label, with its reason for a window (shared/errors.ts) and the server. */
  const failure = (kind: ErrorCode, why: ErrorReason, sentence: string): AppError =>
    new AppError(kind, `team database ${label}: ${sentence}`, undefined, why, { server: label });
  // Said for a network error code and for pg's own words when the connection ends mid-call.
  const connectionLost = (): AppError => failure('io', 'team_connection_lost', `the connection was lost (${detail}); working offline, the next sync continues`);
  switch (code) {
    case '28P01':
      return failure('unauthorized', 'team_password_refused', 'the password was refused (check PGPASSWORD or the saved password)');
    case '28000':
      return failure('unauthorized', 'team_password_refused', `this role may not log in here (${detail})`);
    case '3D000':
      return failure('not_found', 'team_not_set_up', 'the database does not exist');
    case '42501':
      return failure(
        'forbidden',
        'team_no_rights',
        `the role lacks rights on the team schema (${detail}); the database owner grants them with: scopewise team grant --url <owner-url> --role <role>`,
      );
    case '3F000':
    case '42P01':
      return failure('not_found', 'team_not_set_up', 'no team schema there yet; the database owner creates it with: scopewise team init --url <owner-url>');
    case 'ECONNREFUSED':
      return failure('io', 'team_unreachable', 'nothing answers there (connection refused); working offline');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return failure('io', 'team_unreachable', 'the host name is unknown; working offline');
    case 'ETIMEDOUT':
    case 'ECONNRESET':
    case 'EPIPE':
    case '57P01':
    case '57P02':
    case '57P03':
    case '08006':
    case '08001':
    case '08003':
      return connectionLost();
    default:
      // pg's own words when the server asks for a password and none was given (an empty one is none).
      if (/SASL|client password must be a string|password authentication/i.test(detail))
        return failure(
          'unauthorized',
          'team_no_password',
          'no password was given; type it in Settings → Team (kept in the keychain) or set PGPASSWORD before starting Scopewise',
        );
      if (/timeout|terminated|Connection terminated/i.test(detail)) return connectionLost();
      if (/self[- ]signed|certificate|hostname|altnames|SSL/i.test(detail))
        return failure('forbidden', 'team_certificate_refused', `the TLS certificate was not accepted (${detail})`);
      return new AppError('internal', `team database ${label}: ${detail}`);
  }
}
