// Applying numbered migrations: each in its own transaction, recorded in PRAGMA user_version and schema_migrations.
// Never downgrades: a database from a newer version is refused before this runs (open.ts).
import type { Database } from 'better-sqlite3';
import { AppError } from '../shared/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** The migrations still to apply to reach `target`, in order. */
export function pendingMigrations(current: number, target = LATEST_SCHEMA_VERSION, list: readonly Migration[] = MIGRATIONS): Migration[] {
  return list.filter((m) => m.version > current && m.version <= target);
}

/**
 * Applies every pending migration up to `target`; returns the versions applied. Foreign keys are off while a migration
 * runs (SQLite's procedure for rebuilding a table: dropping the old one must not cascade into the rows that refer to
 * it) and every reference is checked before the migration commits.
 */
export function migrate(db: Database, options: { target?: number; now?: Date } = {}): number[] {
  const target = options.target ?? LATEST_SCHEMA_VERSION;
  const applied: number[] = [];
  const pending = pendingMigrations(schemaVersion(db), target);
  if (pending.length === 0) return applied;
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of pending) {
      const at = (options.now ?? new Date()).toISOString();
      db.transaction(() => {
        db.exec(migration.sql);
        migration.transform?.(db);
        const broken = db.pragma('foreign_key_check') as { table: string }[];
        if (broken.length > 0)
          throw new AppError('internal', `migration ${migration.version} left ${broken.length} broken references (first in ${broken[0]!.table})`);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, at);
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
      applied.push(migration.version);
    }
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys === 1 ? 'ON' : 'OFF'}`);
  }
  return applied;
}

/** Refuses a database whose recorded migrations are not exactly the start of the list this version knows. */
export function verifyMigrationHistory(db: Database, path: string): void {
  const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as { version: number; name: string }[];
  const version = schemaVersion(db);
  const matches =
    rows.length === MIGRATIONS.filter((m) => m.version <= version).length &&
    rows.every((row, i) => row.version === MIGRATIONS[i]?.version && row.name === MIGRATIONS[i]?.name);
  if (!matches) {
    throw new AppError('unsupported', `${path}: its schema history does not match this version of Scopewise; it was left as it is`, 'database');
  }
}
