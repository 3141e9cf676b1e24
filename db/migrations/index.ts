// The ordered list of schema migrations. Append-only: a migration's number is its place here and its user_version.
import type { Database } from 'better-sqlite3';

import { migration001 } from './001-initial';
import { migration002 } from './002-revision-history';
import { migration003 } from './003-scope';
import { migration004 } from './004-proposal-numbers';
import { migration005 } from './005-list-indexes';
import { migration006 } from './006-team-library';
import { migration007 } from './007-context-search';
import { migration008 } from './008-no-row-snapshot';
import { migration009 } from './009-covering-list-index';
import { migration010 } from './010-four-letter-prefixes';
import { migration011 } from './011-search-backlog';
import { migration012 } from './012-deals';
import { migration013 } from './013-script-words';
import { migration014 } from './014-team-authorship';
import { migration015 } from './015-client-contact';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work SQL cannot do (hashing, per-row logic), run after `sql` in the same transaction. */
  transform?: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
];

/** The last migration's number (equal to the list's length once every assigned number is in it). */
export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
