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

/** Applies every pending migration up to `target`; returns the versions applied. */
export function migrate(db: Database, options: { target?: number; now?: Date } = {}): number[] {
  const target = options.target ?? LATEST_SCHEMA_VERSION;
  const applied: number[] = [];
  for (const migration of pendingMigrations(schemaVersion(db), target)) {
    const at = (options.now ?? new Date()).toISOString();
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, at);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}

/** Refuses a database whose recorded migrations are not exactly the start of the list this version knows. */
export function verifyMigrationHistory(db: Database, path: string): void {
  const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as { version: number; name: string }[];
  const version = schemaVersion(db);
  const matches = rows.length === MIGRATIONS.filter((m) => m.version <= version).length && rows.every((row, i) => row.version === MIGRATIONS[i]?.version && row.name === MIGRATIONS[i]?.name);
  if (!matches) {
    throw new AppError('unsupported', `${path}: its schema history does not match this version of Scopewise; it was left as it is`, 'database');
  }
}
