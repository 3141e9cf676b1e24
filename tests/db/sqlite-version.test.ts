// The SQLite linked into better-sqlite3 must carry the fix for the WAL-reset race (SQLite 3.7.0 to 3.51.2 could
// corrupt a database or lose committed writes when two connections checkpoint at an unlucky moment; fixed in 3.51.3).
// The app, `serve`, the CLI and backups all open more than one connection, so an older SQLite is a data-loss bug.
import { describe, expect, it } from 'vitest';

import { connect } from '../../db/examine';

const FIXED_IN = [3, 51, 3];

function atLeast(version: string, minimum: readonly number[]): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < minimum.length; i++) {
    const part = parts[i] ?? 0;
    if (part !== minimum[i]) return part > minimum[i]!;
  }
  return true;
}

describe('the bundled SQLite', () => {
  it('compares versions part by part', () => {
    expect(atLeast('3.51.2', FIXED_IN)).toBe(false);
    expect(atLeast('3.9.9', FIXED_IN)).toBe(false);
    expect(atLeast('3.51.3', FIXED_IN)).toBe(true);
    expect(atLeast('3.53.0', FIXED_IN)).toBe(true);
    expect(atLeast('4.0.0', FIXED_IN)).toBe(true);
  });

  it('is at least 3.51.3, which fixed the WAL-reset corruption race', () => {
    const db = connect(':memory:');
    const version = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
    db.close();
    expect(atLeast(version, FIXED_IN), `SQLite ${version} is older than ${FIXED_IN.join('.')}`).toBe(true);
  });
});
