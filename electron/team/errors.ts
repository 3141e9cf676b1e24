// Turning what the PostgreSQL client throws into one clear sentence naming the team database and what to do. Pure.
import { AppError } from '../../shared/errors';

interface PgLikeError {
  code?: string;
  message?: string;
}

/** An AppError for a failure talking to the team database at `label` (user@host:port/database). */
export function describeTeamError(error: unknown, label: string): AppError {
  if (error instanceof AppError) return error;
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as PgLikeError;
  const detail = message ?? String(error);
  // Said for a network error code and for pg's own words when the connection ends mid-call.
  const connectionLost = (): AppError =>
    new AppError(
      'io',
      `team database ${label}: the connection was lost (${detail}); working offline, the next sync continues`,
      undefined,
      'team_connection_lost',
      {
        server: label,
      },
    );
  switch (code) {
    case '28P01':
      return new AppError(
        'unauthorized',
        `team database ${label}: the password was refused (check PGPASSWORD or the saved password)`,
        undefined,
        'team_password_refused',
        { server: label },
      );
    case '28000':
      return new AppError('unauthorized', `team database ${label}: this role may not log in here (${detail})`, undefined, 'team_password_refused', {
        server: label,
      });
    case '3D000':
      return new AppError('not_found', `team database ${label}: the database does not exist`, undefined, 'team_not_set_up', { server: label });
    case '42501':
      return new AppError(
        'forbidden',
        `team database ${label}: the role lacks rights on the team schema (${detail}); the database owner grants them with: scopewise team grant --url <owner-url> --role <role>`,
        undefined,
        'team_no_rights',
        { server: label },
      );
    case '3F000':
    case '42P01':
      return new AppError(
        'not_found',
        `team database ${label}: no team schema there yet; the database owner creates it with: scopewise team init --url <owner-url>`,
        undefined,
        'team_not_set_up',
        { server: label },
      );
    case 'ECONNREFUSED':
      return new AppError('io', `team database ${label}: nothing answers there (connection refused); working offline`, undefined, 'team_unreachable', {
        server: label,
      });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new AppError('io', `team database ${label}: the host name is unknown; working offline`, undefined, 'team_unreachable', { server: label });
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
        return new AppError(
          'unauthorized',
          `team database ${label}: no password was given; type it in Settings → Team (kept in the keychain) or set PGPASSWORD before starting Scopewise`,
          undefined,
          'team_no_password',
          { server: label },
        );
      if (/timeout|terminated|Connection terminated/i.test(detail)) return connectionLost();
      if (/self[- ]signed|certificate|hostname|altnames|SSL/i.test(detail))
        return new AppError('forbidden', `team database ${label}: the TLS certificate was not accepted (${detail})`, undefined, 'team_certificate_refused', {
          server: label,
        });
      return new AppError('internal', `team database ${label}: ${detail}`);
  }
}
