// The ordered list of schema migrations. Append-only: a migration's number is its place here and its user_version.
import { migration001 } from './001-initial';
import { migration005 } from './005-list-indexes';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [migration001, migration005];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
