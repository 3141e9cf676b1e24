// The ordered list of schema migrations. Append-only: a migration's number is its place here and its user_version.
import { migration001 } from './001-initial';
import { migration004 } from './004-proposal-numbers';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [migration001, migration004];

/** The last migration's number (equal to the list's length once every assigned number is in it). */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
