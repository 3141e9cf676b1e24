// The team database's address: checking a postgres:// URL, and showing it without its password. Pure.
import { AppError } from '../../shared/errors';

export interface TeamTarget {
  /** The URL as given (it may hold a password: never print or store it). */
  url: string;
  /** user@host:port/database, safe to show. */
  label: string;
  user: string;
}

/** Parses a team database URL; `field` names the option or setting it came from in any message. */
export function parseTeamUrl(url: string, field: string): TeamTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('invalid_input', `${field}: expected a PostgreSQL URL like postgres://alice@db.example.com:5432/scopewise`, field);
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new AppError('invalid_input', `${field}: expected a postgres:// or postgresql:// URL, got ${parsed.protocol.replace(/:$/, '')}://`, field);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (parsed.hostname === '' || database === '') {
    throw new AppError('invalid_input', `${field}: the URL must name a host and a database (postgres://user@host:5432/database)`, field);
  }
  const user = decodeURIComponent(parsed.username);
  if (user === '') throw new AppError('invalid_input', `${field}: the URL must name the PostgreSQL role to connect as (postgres://role@host/database)`, field);
  const sslmode = parsed.searchParams.get('sslmode');
  const tls = sslmode === null ? '' : ` (sslmode=${sslmode})`;
  return { url, label: `${user}@${parsed.hostname}:${parsed.port || '5432'}/${database}${tls}`, user };
}

/** The URL without any password in it, for storing in settings. */
export function withoutPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

/** The password written in the URL itself, if any. */
export function passwordInUrl(url: string): string | null {
  const parsed = new URL(url);
  return parsed.password === '' ? null : decodeURIComponent(parsed.password);
}
