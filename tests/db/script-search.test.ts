// Search in scripts written without spaces (db/search-words.ts, migration 13): a word inside a Thai, Lao, Khmer,
// Chinese or Japanese run is found, in names, notes, the context and the scope; the index stays exact through edits,
// renames, trash and purge; a database from before migration 13 finds them once upgraded; and the CLI finds them too.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { checkDatabase, createAssessment, getAssessment, listAssessments, purgeTrash, saveAssessment, trashAssessment, updateClient } from '../../db';
import { characterPairs, queryParts, unspacedWords } from '../../db/search-words';
import { DEFAULT_RATE_CARD, emptyScope } from '../../shared/scope/schema';
import { cliProcess } from '../cli/cli-helpers';
import { openForTest, tempDatabase, tempFolder } from './temp';

const clients = (db: Parameters<typeof listAssessments>[0], search: string): string[] =>
  listAssessments(db, { search })
    .rows.map((r) => r.clientName)
    .sort();

async function withScripts() {
  const { db, path } = await tempDatabase();
  const ids = new Map<string, string>();
  const add = (clientName: string, extra: Parameters<typeof createAssessment>[1] = {}) =>
    ids.set(clientName, createAssessment(db, { clientName, ...extra }).id);
  add('ระบบติดตามพัสดุ', { projectTitle: 'Parcel tracking' });
  add('東京物流株式会社', { projectTitle: 'Depot' });
  add('北京大学图书馆', { projectTitle: 'Library' });
  add('ສະຖາບັນການເງິນ', { projectTitle: 'Lao bank' });
  add('ក្រុមហ៊ុនដឹកជញ្ជូន', { projectTitle: 'Khmer transport' });
  add('Plain Latin Ltd', { projectTitle: 'Portal', notes: 'ลูกค้าต้องการระบบจัดการคลังสินค้า' });
  return { db, path, ids };
}

describe('search in scripts written without spaces', () => {
  it('finds a Thai word inside a run, not only at its start, and the whole run as before', async () => {
    const { db } = await withScripts();
    expect(clients(db, 'พัสดุ')).toEqual(['ระบบติดตามพัสดุ']);
    expect(clients(db, 'ติดตาม')).toEqual(['ระบบติดตามพัสดุ']);
    // The notes of another assessment speak of a system (ระบบ) too.
    expect(clients(db, 'ระบบ')).toEqual(['Plain Latin Ltd', 'ระบบติดตามพัสดุ']);
    expect(clients(db, 'ระบบติดตามพัสดุ')).toEqual(['ระบบติดตามพัสดุ']);
    expect(clients(db, 'ติดตามพัสดุ')).toEqual(['ระบบติดตามพัสดุ']);
    // The notes, as the index reads them: a word in the middle of a sentence.
    expect(clients(db, 'คลังสินค้า')).toEqual(['Plain Latin Ltd']);
    // A prefix of a word inside the run, as it is being typed.
    expect(clients(db, 'พัส')).toEqual(['ระบบติดตามพัสดุ']);
    expect(clients(db, 'สินค้าราคา')).toEqual([]);
  });

  it('finds Chinese and Japanese words anywhere in a run, by pairs of characters or one character', async () => {
    const { db } = await withScripts();
    expect(clients(db, '物流')).toEqual(['東京物流株式会社']);
    expect(clients(db, '株式会社')).toEqual(['東京物流株式会社']);
    expect(clients(db, '东京')).toEqual([]);
    expect(clients(db, '大学')).toEqual(['北京大学图书馆']);
    expect(clients(db, '图书馆')).toEqual(['北京大学图书馆']);
    expect(clients(db, '馆')).toEqual(['北京大学图书馆']);
    expect(clients(db, '書館')).toEqual([]);
  });

  it('finds Lao and Khmer words inside a run', async () => {
    const { db } = await withScripts();
    const lao = unspacedWords(['ສະຖາບັນການເງິນ'])!.split(' ');
    const khmer = unspacedWords(['ក្រុមហ៊ុនដឹកជញ្ជូន'])!.split(' ');
    // ICU's dictionaries cut each run into more than one word; the last one alone finds its assessment.
    expect(lao.length).toBeGreaterThan(1);
    expect(khmer.length).toBeGreaterThan(1);
    expect(clients(db, lao.at(-1)!)).toEqual(['ສະຖາບັນການເງິນ']);
    expect(clients(db, khmer.at(-1)!)).toEqual(['ក្រុមហ៊ុនដឹកជញ្ជូន']);
  });

  it('finds words of the scope and the context, and follows edits, renames, trash and purge exactly', async () => {
    const { db, ids } = await withScripts();
    const id = ids.get('Plain Latin Ltd')!;
    const scope = {
      ...emptyScope(DEFAULT_RATE_CARD),
      items: [{ id: 'i1', title: 'เชื่อมต่อระบบบัญชี', phase: 'Build', role: 'developer', low: 1, likely: 2, high: 3 }],
    };
    saveAssessment(db, id, { scope, requirements: { integrations: ['ระบบขนส่งเอกชน'] } });
    expect(clients(db, 'บัญชี')).toEqual(['Plain Latin Ltd']);
    expect(clients(db, 'ขนส่ง')).toEqual(['Plain Latin Ltd']);
    // The notes' words leave with the notes.
    saveAssessment(db, id, { notes: '' });
    expect(clients(db, 'คลังสินค้า')).toEqual([]);
    expect(checkDatabase(db).ok).toBe(true);
    // A client renamed from the clients' list: its assessments are found by the new name's inner words.
    const thai = getAssessment(db, ids.get('ระบบติดตามพัสดุ')!)!;
    updateClient(db, thai.clientId!, { name: 'บริษัทขนส่งด่วน' });
    expect(clients(db, 'ด่วน')).toEqual(['บริษัทขนส่งด่วน']);
    expect(clients(db, 'พัสดุ')).toEqual([]);
    trashAssessment(db, ids.get('東京物流株式会社')!);
    expect(clients(db, '物流')).toEqual([]);
    purgeTrash(db, new Date(Date.now() + 40 * 86_400_000));
    expect(clients(db, '物流')).toEqual([]);
    expect(checkDatabase(db).ok).toBe(true);
  });

  it('a database made before migration 13 finds the words inside its runs once upgraded, and checks clean', async () => {
    // The committed fixture of schema 11, its first two assessments given Thai texts as a user of that version typed them.
    const folder = tempFolder();
    const path = join(folder, 'scopewise.db');
    copyFileSync(fileURLToPath(new URL('../fixtures/db/v11.db', import.meta.url)), path);
    const raw = new BetterSqlite3(path);
    const seqs = raw.prepare('SELECT seq FROM assessments WHERE deleted_at IS NULL ORDER BY seq LIMIT 2').pluck().all() as number[];
    raw.prepare('UPDATE assessments SET client_name = ? WHERE seq = ?').run('ระบบติดตามพัสดุ', seqs[0]);
    raw.prepare('UPDATE assessments SET notes = ? WHERE seq = ?').run('บันทึกการประชุมครั้งแรก', seqs[1]);
    const other = raw.prepare('SELECT client_name FROM assessments WHERE seq = ?').pluck().get(seqs[1]) as string;
    raw.close();
    const db = await openForTest(path, { mounts: '' });
    expect(clients(db, 'พัสดุ')).toEqual(['ระบบติดตามพัสดุ']);
    expect(listAssessments(db, { search: 'ประชุม' }).rows).toHaveLength(1);
    expect(checkDatabase(db).ok).toBe(true);
    // Words of other scripts are indexed as they were.
    expect(clients(db, other)).toEqual([other]);
  });

  it('the CLI finds a Thai client by a word inside its name', async () => {
    const { db, path } = await withScripts();
    db.close();
    const result = cliProcess(['list', '--search', 'พัสดุ', '--json', '--db', path]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('ระบบติดตามพัสดุ');
    expect(result.stdout).not.toContain('東京物流株式会社');
  });

  it('cuts a word as the index cuts its text: every pair of a Chinese run is in the index (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x4e40 }).map((c) => String.fromCodePoint(c)), minLength: 1, maxLength: 12 }), (run) => {
        const indexed = new Set(unspacedWords([`x${run}y`])!.split(' '));
        for (const part of queryParts(run)) expect(indexed.has(part)).toBe(true);
        expect(characterPairs(run)).toHaveLength(Math.max(1, [...run].length - 1));
      }),
      // fast-check prints the seed and the shrunk counterexample of a failure, so it can be replayed.
      { verbose: true },
    );
  });
});
