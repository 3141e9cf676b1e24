// The database commands of the CLI: list, show, import, export, backup, check and demo, with --db; bad input exits 2
// with one line on stderr and writes nothing.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { createAssessment, getAssessment, insertDemoAssessments, LATEST_SCHEMA_VERSION, listExports, sha256Hex } from '../../db';
import { fileHash, openForTest, tempFolder } from '../db/temp';
import { cli, cliProcess, type CliResult } from './cli-helpers';

function expectBadInput(result: CliResult, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

async function seeded(): Promise<{ db: string; folder: string; ids: string[] }> {
  const folder = tempFolder();
  const path = join(folder, 'scopewise.db');
  const db = await openForTest(path, { mounts: '' });
  const ids = [
    createAssessment(
      db,
      { clientName: "Zoë's Bakery", projectTitle: 'Online shop', requirements: { projectKind: 'ecommerce', adminPanel: true } },
      { now: new Date('2025-01-01T00:00:00Z') },
    ).id,
    createAssessment(
      db,
      { clientName: '東京データ', projectTitle: 'API', requirements: { projectKind: 'api-service', apiDocs: true } },
      { now: new Date('2025-02-01T00:00:00Z') },
    ).id,
  ];
  db.close();
  return { db: path, folder, ids };
}

describe('--db naming something that is not a database file', () => {
  it('calls a character device (/dev/null) "not a regular file" and a folder "a folder", for every command, writing nothing', async () => {
    const folder = tempFolder();
    for (const args of [['list'], ['demo', '--count', '1'], ['check'], ['show', '5c1b0d1e-0000-4000-8000-000000000000'], ['serve', '--port', '0']]) {
      expectBadInput(await cli([...args, '--db', '/dev/null']), /--db: \/dev\/null is not a regular file/);
      expectBadInput(await cli([...args, '--db', folder]), /is a folder, not a database file/);
    }
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('scopewise list', () => {
  it('prints rows as JSON with id, clientName, projectTitle, recommended and updatedAt, newest first', async () => {
    const { db, ids } = await seeded();
    const result = await cli(['list', '--db', db, '--json']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(rows.map((r) => r.id)).toEqual([ids[1], ids[0]]);
    for (const row of rows) for (const key of ['id', 'clientName', 'projectTitle', 'recommended', 'updatedAt']) expect(row).toHaveProperty(key);
  });

  it('searches with folded accents and prints readable lines', async () => {
    const { db, ids } = await seeded();
    const result = await cli(['list', '--db', db, '--search', 'zoe bak']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toContain("Zoë's Bakery — Online shop");
    expect(result.stdout).toContain(ids[0]);
  });

  it('treats a missing database as empty without creating it', async () => {
    const path = join(tempFolder(), 'absent.db');
    const result = await cli(['list', '--db', path, '--json']);
    expect(result).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
    expect(existsSync(path)).toBe(false);
  });

  it('refuses an unknown status, naming the option', async () => {
    const { db } = await seeded();
    expectBadInput(await cli(['list', '--db', db, '--status', 'archived']), /--status: expected one of draft, final, sent/);
  });
});

describe('scopewise show', () => {
  it('prints the assessment with its requirements, recommendation, revisions and exports', async () => {
    const { db, ids } = await seeded();
    const result = await cli(['show', ids[0]!, '--db', db]);
    expect(result.code).toBe(0);
    const shown = JSON.parse(result.stdout);
    expect(shown).toMatchObject({
      id: ids[0],
      clientName: "Zoë's Bakery",
      requirements: { projectKind: 'ecommerce', adminPanel: true },
      recommendation: { recommended: 'django' },
    });
    expect(shown.revisions).toHaveLength(1);
  });

  it('refuses an unknown id and a malformed one, writing nothing', async () => {
    const { db } = await seeded();
    const before = fileHash(db);
    expectBadInput(await cli(['show', '5c1b0d1e-0000-4000-8000-000000000000', '--db', db]), /no assessment with id 5c1b0d1e/);
    expectBadInput(await cli(['show', 'zoe', '--db', db]), /^scopewise: id: expected/);
    expectBadInput(await cli(['show', '--db', db]), /missing <id>/);
    expect(fileHash(db)).toBe(before);
    const absent = join(tempFolder(), 'absent.db');
    expectBadInput(await cli(['show', '5c1b0d1e-0000-4000-8000-000000000000', '--db', absent]), /no assessment/);
    expect(existsSync(absent)).toBe(false);
  });
});

describe('scopewise export and import', () => {
  it('exports to a bundle, logs the export with its SHA-256, and imports it elsewhere', async () => {
    const { db, folder, ids } = await seeded();
    const out = join(folder, 'out.json');
    const exported = await cli(['export', ids[0]!, ids[1]!, '--out', out, '--db', db]);
    expect(exported.code).toBe(0);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    expect(bundle).toMatchObject({ format: 'scopewise-bundle', version: 1 });
    expect(bundle.assessments).toHaveLength(2);
    const check = await openForTest(db, { mounts: '' });
    expect(listExports(check, ids[0]!)).toEqual([expect.objectContaining({ kind: 'bundle', path: out, sha256: sha256Hex(readFileSync(out)) })]);

    const other = join(tempFolder(), 'other.db');
    const imported = await cli(['import', out, '--db', other, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ added: ids, updated: [], restored: [], skipped: [], copies: [] });
    const again = await cli(['import', out, '--db', other]);
    expect(again.stdout).toMatch(/added 0, updated 0, skipped 2, kept 0/);
    const target = await openForTest(other, { mounts: '' });
    expect(getAssessment(target, ids[0]!)?.clientName).toBe("Zoë's Bakery");
  });

  it('refuses to export into a folder that does not exist, or an unknown id, writing nothing', async () => {
    const { db, folder, ids } = await seeded();
    const before = fileHash(db);
    expectBadInput(await cli(['export', ids[0]!, '--out', join(folder, 'nope', 'b.json'), '--db', db]), /--out: the folder .*nope does not exist/);
    expectBadInput(await cli(['export', '5c1b0d1e-0000-4000-8000-000000000000', '--out', join(folder, 'b.json'), '--db', db]), /no assessment with id/);
    expectBadInput(await cli(['export', ids[0]!, '--db', db]), /missing --out/);
    expectBadInput(await cli(['export', ids[0]!, '--out', folder, '--db', db]), /is a folder/);
    expect(existsSync(join(folder, 'b.json'))).toBe(false);
    expect(fileHash(db)).toBe(before);
  });

  it('refuses a malformed bundle whole, naming the file and the field, and creates no database', async () => {
    const folder = tempFolder();
    const path = join(folder, 'bad.json');
    writeFileSync(path, JSON.stringify({ format: 'scopewise-bundle', version: 1, assessments: [{ id: 'x' }] }));
    const db = join(folder, 'new.db');
    expectBadInput(await cli(['import', path, '--db', db]), /bad\.json: assessments\[0\]\.clientName: missing; expected a string/);
    writeFileSync(path, '{"format":');
    expectBadInput(await cli(['import', path, '--db', db]), /bad\.json: not valid JSON/);
    expectBadInput(await cli(['import', join(folder, 'none.json'), '--db', db]), /none\.json: no such file/);
    expect(existsSync(db)).toBe(false);
  });
});

describe('scopewise backup, check and demo', () => {
  it('backs up to a new file that checks clean, and refuses to overwrite one', async () => {
    const { db, folder } = await seeded();
    const out = join(folder, 'copy.db');
    expect((await cli(['backup', '--out', out, '--db', db])).code).toBe(0);
    const result = await cli(['check', '--db', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok: .*\(2 assessments/);
    expectBadInput(await cli(['backup', '--out', out, '--db', db]), /already exists/);
    expectBadInput(await cli(['backup', '--out', join(folder, 'no', 'x.db'), '--db', db]), /does not exist/);
  });

  it('reports a damaged database with exit 1, and a foreign file is named as such', async () => {
    const folder = tempFolder();
    const path = join(folder, 'scopewise.db');
    writeFileSync(path, 'just text');
    const result = await cli(['check', '--db', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not ok: .*is not a Scopewise database/);
    expect(readFileSync(path, 'utf8')).toBe('just text');
    expectBadInput(await cli(['list', '--db', path]), /is not a Scopewise database/);
  });

  it('finds damage deep inside the file with one integrity_check, exits 1 and writes nothing', async () => {
    const folder = tempFolder();
    const path = join(folder, 'scopewise.db');
    const setup = await openForTest(path, { mounts: '' });
    insertDemoAssessments(setup, { count: 300, seed: 4 });
    setup.close();
    // Past the header, schema and history that opening reads: only a check of every page finds it.
    const bytes = readFileSync(path);
    const page = Math.floor((bytes.length / 4096) * 0.75);
    bytes.fill(0x5a, page * 4096, page * 4096 + 2000);
    writeFileSync(path, bytes);
    const before = fileHash(path);
    const result = await cli(['check', '--db', path]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^scopewise: check: not ok\n {2}integrity: /);
    expect(fileHash(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('writes demo data, creating the database; refuses a bad count or a missing folder', async () => {
    const folder = tempFolder();
    const db = join(folder, 'demo.db');
    const result = await cli(['demo', '--count', '1000', '--seed', '5', '--db', db]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/demo: 500\/1000 assessments written\n/);
    expect(JSON.parse((await cli(['list', '--db', db, '--json'])).stdout)).toHaveLength(1000);
    expectBadInput(await cli(['demo', '--count', '0', '--db', db]), /--count: expected an integer from 1 to 100000/);
    expectBadInput(await cli(['demo', '--count', 'many', '--db', db]), /--count/);
    const missing = join(folder, 'sub', 'x.db');
    expectBadInput(await cli(['demo', '--db', missing]), /--db: the folder .*sub does not exist/);
    expect(existsSync(join(folder, 'sub'))).toBe(false);
  });

  it('uses $SCOPEWISE_DATA_DIR when --db is absent, as a real process', () => {
    const folder = tempFolder();
    const env = { SCOPEWISE_DATA_DIR: join(folder, 'data') };
    mkdirSync(env.SCOPEWISE_DATA_DIR);
    const demo = cliProcess(['demo', '--count', '3'], '', env);
    expect(demo.code).toBe(0);
    expect(readdirSync(env.SCOPEWISE_DATA_DIR)).toContain('scopewise.db');
    const list = cliProcess(['list', '--json'], '', env);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(3);
    const bad = cliProcess(['show', 'nope'], '', env);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('a database from an earlier version', () => {
  it('says on stderr that it upgrades it (once, after a backup), then answers as usual', async () => {
    const folder = tempFolder();
    const db = join(folder, 'scopewise.db');
    copyFileSync(fileURLToPath(new URL('../fixtures/db/v7.db', import.meta.url)), db);
    const first = await cli(['list', '--json', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(new RegExp(`^scopewise: upgrading the database from schema 7 to ${LATEST_SCHEMA_VERSION}, once, after a backup`));
    expect((JSON.parse(first.stdout) as { clientName: string }[]).map((row) => row.clientName)).toContain("Zoë's Bakery");
    const again = await cli(['list', '--json', '--db', db]);
    expect(again.stderr).toBe('');
  });
});
