// Opening: pragmas, refusal of what is not ours (left byte-identical), migrations from every earlier version's fixture.
import { copyFileSync, existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

import {
  checkDatabase,
  createBackup,
  DatabaseRefusedError,
  getAssessment,
  getBranding,
  LATEST_SCHEMA_VERSION,
  listAssessments,
  listBackups,
  listRevisions,
  MIGRATIONS,
  openDatabase,
  SCOPEWISE_APPLICATION_ID,
} from '../../db';
import { recommend } from '../../shared/engine';
import type { FixtureManifest } from '../fixtures/db/make-fixtures';
import { fileHash, openForTest, tempDatabase, tempFolder } from './temp';

const fixtures = fileURLToPath(new URL('../fixtures/db/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(fixtures, 'fixtures.json'), 'utf8')) as FixtureManifest;

async function expectRefused(path: string, reason: string, pattern: RegExp): Promise<DatabaseRefusedError> {
  const before = fileHash(path);
  const error = await openForTest(path, { mounts: '' }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatabaseRefusedError);
  expect((error as DatabaseRefusedError).reason).toBe(reason);
  expect((error as Error).message).toMatch(pattern);
  expect((error as Error).message).toMatch(/left as it is/);
  expect(fileHash(path)).toBe(before);
  expect(existsSync(`${path}-wal`)).toBe(false);
  return error as DatabaseRefusedError;
}

describe('openDatabase', () => {
  it('creates a missing database with WAL, synchronous=FULL, foreign keys, our application id and the latest schema', async () => {
    const { db } = await tempDatabase();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(SCOPEWISE_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version, name: m.name })),
    );
  });

  it('refuses to create a database in a folder that does not exist, and creates nothing', async () => {
    const folder = join(tempFolder(), 'missing');
    await expect(openDatabase(join(folder, 'a.db'))).rejects.toThrow(/does not exist/);
    expect(existsSync(folder)).toBe(false);
  });

  it('refuses a text file as not a Scopewise database, leaving it byte-identical', async () => {
    const path = join(tempFolder(), 'notes.db');
    writeFileSync(path, 'These are my meeting notes, not a database.\n'.repeat(50));
    await expectRefused(path, 'not-sqlite', /is not a Scopewise database/);
  });

  it('refuses random bytes, leaving them byte-identical', async () => {
    const path = join(tempFolder(), 'noise.db');
    const bytes = Buffer.alloc(8192);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 251;
    writeFileSync(path, bytes);
    await expectRefused(path, 'not-sqlite', /not a Scopewise database/);
  });

  it('refuses a Scopewise database cut short, leaving it as it is', async () => {
    const { db, path } = await tempDatabase();
    db.close();
    const copy = join(tempFolder(), 'cut.db');
    copyFileSync(join(fixtures, `v${LATEST_SCHEMA_VERSION}.db`), copy);
    truncateSync(copy, Math.floor(readFileSync(copy).length / 2) + 100);
    await expectRefused(copy, 'truncated', /damaged \(cut short\)/);
    const tiny = join(tempFolder(), 'tiny.db');
    writeFileSync(tiny, readFileSync(path).subarray(0, 40));
    await expectRefused(tiny, 'truncated', /cut short/);
  });

  it('refuses a SQLite database of another application, leaving it byte-identical', async () => {
    const path = join(tempFolder(), 'other.db');
    const other = new BetterSqlite3(path);
    other.exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Ode to Joy')");
    other.close();
    await expectRefused(path, 'not-scopewise', /another application/);
    const tagged = new BetterSqlite3(path);
    tagged.pragma('application_id = 1234');
    tagged.close();
    await expectRefused(path, 'not-scopewise', /another application/);
  });

  it('refuses a database written by a newer version and never downgrades it', async () => {
    const { db, path } = await tempDatabase();
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    const error = await expectRefused(path, 'newer', /newer version of Scopewise/);
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(new RegExp(`version ${LATEST_SCHEMA_VERSION + 5}`));
  });

  it('refuses a damaged database and names the newest good backup', async () => {
    const { db, path, folder } = await tempDatabase();
    for (let i = 0; i < 200; i++) db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(`k${i}`, JSON.stringify('x'.repeat(500)));
    const backupDir = join(folder, 'backups');
    const good = await createBackup(db, backupDir, 'daily', new Date('2025-01-01T00:00:00Z'));
    writeFileSync(join(backupDir, 'scopewise-20250102T000000000Z-daily.db'), 'not a database either');
    db.close();
    // Scribble over a page in the middle: the header is intact, the b-tree is not.
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096 * 3, 4096 * 3 + 2000);
    writeFileSync(path, bytes);
    const error = await expectRefused(path, 'corrupt', /damaged/);
    expect(error.newestGoodBackup).toBe(good);
    expect(error.message).toContain(good);
  });

  it('loads SQLite from the native binding it is given, and names a binding that cannot load', async () => {
    const binding = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
    const { db, path } = await tempDatabase({ nativeBinding: binding });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    const missing = join(tempFolder(), 'electron', 'better_sqlite3.node');
    await expect(openDatabase(path, { nativeBinding: missing, mounts: '' })).rejects.toThrow(/native module .*electron.*cannot be loaded in this runtime/);
    await expect(openDatabase(join(tempFolder(), 'new.db'), { nativeBinding: missing, mounts: '' })).rejects.toMatchObject({ code: 'internal' });
  });

  it('warns when the database is on a network file system, and still opens it', async () => {
    const folder = tempFolder();
    const warnings: string[] = [];
    const keys: unknown[] = [];
    await openForTest(join(folder, 'a.db'), {
      mounts: `server:/export ${folder} nfs4 rw,relatime 0 0\n`,
      warn: (m, key) => (warnings.push(m), keys.push(key)),
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/network file system \(nfs4\)/);
    expect(keys).toEqual([{ why: 'network_file_system', params: { file: join(folder, 'a.db'), filesystem: 'nfs4' } }]);
  });

  it('opens a database reopened many times without changing its schema history', async () => {
    const { db, path } = await tempDatabase();
    db.close();
    for (let i = 0; i < 3; i++) (await openDatabase(path, { mounts: '' })).close();
    const again = await openForTest(path, { mounts: '' });
    expect(again.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: MIGRATIONS.length });
  });

  it('refuses a database whose recorded migrations differ from this version’s list', async () => {
    const { db, path } = await tempDatabase();
    db.prepare("UPDATE schema_migrations SET name = 'something-else' WHERE version = 1").run();
    db.close();
    await expect(openDatabase(path, { mounts: '' })).rejects.toThrow(/schema history does not match/);
  });
});

describe('migrations from every earlier schema version', () => {
  it('has a fixture for every version from 0 to the latest', () => {
    expect(manifest.files.map((f) => f.version).sort((a, b) => a - b)).toEqual([0, ...MIGRATIONS.map((m) => m.version)]);
  });

  for (const fixture of manifest.files) {
    it(`migrates the version ${fixture.version} fixture to the latest, keeping every assessment`, async () => {
      const folder = tempFolder();
      const path = join(folder, 'scopewise.db');
      copyFileSync(join(fixtures, fixture.file), path);
      const upgrades: [number, number][] = [];
      const db = await openForTest(path, { mounts: '', onUpgrade: (from, to) => upgrades.push([from, to]) });
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      // Told before the wait of an upgrade; an empty file (version 0) or a current one has none.
      expect(upgrades).toEqual(fixture.version >= 1 && fixture.version < LATEST_SCHEMA_VERSION ? [[fixture.version, LATEST_SCHEMA_VERSION]] : []);
      expect(db.pragma('application_id', { simple: true })).toBe(SCOPEWISE_APPLICATION_ID);
      expect(checkDatabase(db)).toEqual({ ok: true, problems: [] });
      for (const expected of fixture.assessments) {
        const found = getAssessment(db, expected.id);
        expect(found?.clientName).toBe(expected.clientName);
        expect(found?.deletedAt !== null).toBe(expected.deleted);
        expect(listRevisions(db, expected.id)).toHaveLength(expected.revisions);
        // This engine's answer for the migrated answers (rows keep no snapshot since migration 8).
        expect(found?.recommendation).toEqual(recommend(found!.requirements));
      }
      if (fixture.version >= 1) expect(getBranding(db).consultantName).toBe('Léa Dubois');
      // Accent-folded search still finds the fixture's data through the migrated index.
      if (fixture.assessments.length > 0) expect(listAssessments(db, { search: 'zoe' }).rows.map((r) => r.id)).toEqual([fixture.assessments[0]!.id]);
      if (fixture.version >= 7) expect(listAssessments(db, { search: 'salesf francais' }).rows.map((r) => r.id)).toEqual([fixture.assessments[0]!.id]);
      const backups = listBackups(join(folder, 'backups'));
      if (fixture.version >= 1 && fixture.version < LATEST_SCHEMA_VERSION)
        expect(backups.map((b) => b.reason)).toEqual([`before-migration-${fixture.version + 1}`]);
      else expect(backups).toEqual([]);
    });
  }

  it('treats an empty (zero-byte) file as a new database', async () => {
    const folder = tempFolder();
    mkdirSync(folder, { recursive: true });
    const path = join(folder, 'empty.db');
    writeFileSync(path, '');
    const db = await openForTest(path, { mounts: '' });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });
});
