// The search index's backlog (migration 11, db/search-backlog.ts): a save no longer writes the index; the index takes in
// what waits before every search and whenever 64 assessments wait, so a search always sees every committed word.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  checkDatabase,
  createAssessment,
  type Database,
  iterateAssessments,
  listAssessments,
  listStatementFor,
  purgeTrash,
  restoreAssessment,
  saveAssessment,
  trashAssessment,
} from '../../db';
import { seededRandom } from '../../db/demo';
import { connect } from '../../db/examine';
import { BACKLOG_LIMIT } from '../../db/migrations/011-search-backlog';
import { searchIndexShape } from '../../db/search-backlog';
import { closeDatabase } from '../../electron/api/services';
import type { ListQuery } from '../../shared/assessment';
import { fuzzRuns } from '../fixtures/runs';
import { tempDatabase } from './temp';

const waiting = (db: Database): number => db.prepare('SELECT count(*) FROM search_backlog').pluck().get() as number;
const indexPages = (db: Database): number => db.prepare('SELECT count(*) FROM assessments_fts_data').pluck().get() as number;
const found = (db: Database, search: string): string[] => [...iterateAssessments(db, { search })].map((r) => r.id).sort();
const seqOf = (db: Database, id: string): number => db.prepare('SELECT seq FROM assessments WHERE id = ?').pluck().get(id) as number;

describe('the search backlog', () => {
  it('spares a save the index write, and the next search finds every committed word and none replaced', async () => {
    const { db } = await tempDatabase();
    const a = createAssessment(db, { clientName: 'Harbour Logistics', notes: 'Wants a tracking portal.' });
    expect(found(db, 'harbour')).toEqual([a.id]);
    const pages = indexPages(db);
    saveAssessment(db, a.id, { clientName: 'Lighthouse Freight', notes: 'Wants a booking portal.' });
    // Before migration 11 each save wrote a new index segment in its own transaction.
    expect(indexPages(db)).toBe(pages);
    expect(waiting(db)).toBe(1);
    expect(found(db, 'lighth')).toEqual([a.id]);
    expect(found(db, 'booking portal')).toEqual([a.id]);
    for (const gone of ['harbour', 'tracking']) expect(found(db, gone), gone).toEqual([]);
    expect(waiting(db)).toBe(0);
  });

  it('takes the backlog in within the write that fills it, so a reader that cannot write misses at most the last few', async () => {
    const { db, path } = await tempDatabase();
    const ids: string[] = [];
    for (let i = 0; i < BACKLOG_LIMIT * 2 + 5; i++) ids.push(createAssessment(db, { clientName: `Client${i} Quayside` }).id);
    const left = waiting(db);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(BACKLOG_LIMIT);
    // A read-only connection searches the index as it stands: everything but the assessments still waiting.
    const reader = connect(path, { readonly: true, fileMustExist: true });
    try {
      const seen = listAssessments(reader, { search: 'quaysi' });
      expect(seen.hasMore).toBe(true);
      expect(waiting(db)).toBe(left);
    } finally {
      reader.close();
    }
    expect(found(db, `client${ids.length - 1}`)).toEqual([ids.at(-1)]);
    expect(waiting(db)).toBe(0);
    expect(checkDatabase(db)).toEqual({ ok: true, problems: [] });
  });

  it('takes out the words of an assessment deleted for good, even when a new one reuses its seq', async () => {
    const { db } = await tempDatabase();
    createAssessment(db, { clientName: 'Keeper' });
    for (const searchBetween of [true, false]) {
      const old = createAssessment(db, { clientName: 'Obsolete Orchard' });
      if (searchBetween) expect(found(db, 'orchard')).toEqual([old.id]);
      const oldSeq = seqOf(db, old.id);
      trashAssessment(db, old.id, new Date('2025-01-01T00:00:00Z'));
      expect(purgeTrash(db, new Date('2025-03-01T00:00:00Z'))).toBe(1);
      const next = createAssessment(db, { clientName: 'Newcomer Nursery' });
      expect(seqOf(db, next.id)).toBe(oldSeq);
      expect(found(db, 'orchard')).toEqual([]);
      expect(listAssessments(db, { search: 'orchard', trash: true }).rows).toEqual([]);
      expect(found(db, 'newcomer')).toEqual([next.id]);
      expect(checkDatabase(db)).toEqual({ ok: true, problems: [] });
      trashAssessment(db, next.id, new Date('2025-01-01T00:00:00Z'));
      purgeTrash(db, new Date('2025-03-01T00:00:00Z'));
    }
  });

  it('agrees with the assessments after any mix of writes and searches (property)', async () => {
    const words = ['amber', 'birch', 'cedar', 'delta', 'ember', 'fjord'];
    const word = fc.constantFrom(...words);
    const op = fc.oneof(
      fc.record({ kind: fc.constant('create' as const), word }),
      fc.record({ kind: fc.constant('save' as const), at: fc.nat(), word, field: fc.constantFrom('clientName', 'notes', 'projectTitle') }),
      fc.record({ kind: fc.constant('trash' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('restore' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('purge' as const) }),
      fc.record({ kind: fc.constant('search' as const), word }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 20, maxLength: 160 }), async (ops) => {
        const { db } = await tempDatabase();
        // The model: each assessment's fields and whether it is in the trash.
        const model = new Map<string, { fields: Record<string, string>; trashed: boolean }>();
        const pick = (at: number): string | undefined => [...model.keys()][at % Math.max(model.size, 1)];
        const expected = (w: string): string[] =>
          [...model].filter(([, a]) => !a.trashed && Object.values(a.fields).some((text) => text.split(' ').includes(w))).map(([id]) => id);
        for (const step of ops) {
          if (step.kind === 'create') {
            const fields = { clientName: `c ${step.word}`, notes: '', projectTitle: '' };
            model.set(createAssessment(db, fields).id, { fields, trashed: false });
          } else if (step.kind === 'search') {
            expect(found(db, step.word)).toEqual(expected(step.word).sort());
          } else if (step.kind === 'purge') {
            purgeTrash(db, new Date(Date.now() + 365 * 86_400_000));
            for (const [id, a] of model) if (a.trashed) model.delete(id);
          } else {
            const id = pick(step.at);
            if (id === undefined) continue;
            const entry = model.get(id)!;
            if (step.kind === 'save') {
              const text = `${entry.fields[step.field]} ${step.word}`.trim();
              saveAssessment(db, id, { [step.field]: text });
              entry.fields[step.field] = text;
            } else if (step.kind === 'trash') {
              trashAssessment(db, id, new Date('2025-01-01T00:00:00Z'));
              entry.trashed = true;
            } else {
              restoreAssessment(db, id);
              entry.trashed = false;
            }
          }
        }
        for (const w of words) expect(found(db, w), w).toEqual(expected(w).sort());
        expect(checkDatabase(db)).toEqual({ ok: true, problems: [] });
        db.close();
      }),
      { numRuns: fuzzRuns(25) },
    );
  });
});

const KEYED = { keyed: true, inKeyOrder: true };
const GATHERED = { keyed: true, inKeyOrder: false };
/** Gathered, with the assessments still waiting read from their own small index (db/search-backlog.ts). */
const WAITING = { ...GATHERED, waiting: true };

describe('a search in the list order read from the index', () => {
  /** The rows the gathering path gives (every match, then the list index's walk), which the list-plan tests vouch for. */
  function gathered(db: Database, query: ListQuery): string[] {
    const { sql, params } = listStatementFor(query, true, GATHERED);
    return (db.prepare(sql).all(params) as { id: string }[]).map((row) => row.id);
  }

  it('gives the rows and order of the gathering path, ties on the same millisecond and the trash included', async () => {
    const { db } = await tempDatabase();
    const random = seededRandom(11);
    const words = ['atlas', 'beacon', 'copper', 'dune'];
    // 400 assessments over 40 distinct times, so most share their millisecond with others (the key then orders by seq).
    for (let i = 0; i < 400; i++) {
      const at = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 40) * 1000 + (i % 3)).toISOString();
      const a = createAssessment(db, { clientName: `${words[i % 4]} ${words[Math.floor(random() * 4)]}`, notes: `n${i}` }, { createdAt: at, updatedAt: at });
      if (random() < 0.1) trashAssessment(db, a.id);
    }
    // Saves move some to the newest times, through the backlog.
    const ids = (db.prepare('SELECT id FROM assessments ORDER BY seq').pluck().all() as string[]).filter((_, i) => i % 7 === 0);
    for (const [i, id] of ids.entries()) saveAssessment(db, id, { notes: `moved ${i}` }, { now: new Date(Date.UTC(2026, 1, 1) + (i % 5)) });
    expect(listAssessments(db, { search: 'atlas' }).rows.length).toBeGreaterThan(0);
    expect(searchIndexShape(db)).toEqual(KEYED);
    for (const search of ['atlas', 'beacon copper', 'du', 'moved', 'n1'])
      for (const direction of ['asc', 'desc'] as const)
        for (const page of [0, 1, 2]) {
          const query: ListQuery = { search, direction, page };
          const { sql } = listStatementFor(query, true, KEYED);
          expect(sql, 'reads the index in order').toContain('FROM assessments_fts f');
          expect(
            listAssessments(db, query).rows.map((row) => row.id),
            JSON.stringify(query),
          ).toEqual(gathered(db, query).slice(0, 50));
        }
  });

  it('falls back to gathering while a live assessment has no key in list order, and finds it', async () => {
    const { db } = await tempDatabase();
    const kept = createAssessment(db, { clientName: 'Granite Works' });
    const odd = createAssessment(db, { clientName: 'Granite Odd' });
    expect(searchIndexShape(db), 'two new assessments wait').toEqual(WAITING);
    expect(found(db, 'granite')).toHaveLength(2);
    expect(searchIndexShape(db)).toEqual(KEYED);
    // Only a file edited by hand holds such a time (not canonical UTC); the list sorts it as text, newest here.
    db.prepare("UPDATE assessments SET updated_at = '2099-01-01 00:00' WHERE id = ?").run(odd.id);
    expect(listAssessments(db, { search: 'granite' }).rows.map((row) => row.id)).toEqual([odd.id, kept.id]);
    expect(searchIndexShape(db)).toEqual(GATHERED);
    trashAssessment(db, odd.id);
    expect(searchIndexShape(db)).toEqual(KEYED);
    expect(listAssessments(db, { search: 'granite' }).rows.map((row) => row.id)).toEqual([kept.id]);
    expect(listAssessments(db, { search: 'granite', trash: true }).rows.map((row) => row.id)).toEqual([odd.id]);
    expect(checkDatabase(db)).toEqual({ ok: true, problems: [] });
  });
});

describe('the backlog on connections that cannot catch up', () => {
  it('keeps the list order on a read-only connection while assessments wait, and shutdown leaves none waiting', async () => {
    const { db, path } = await tempDatabase();
    const older = createAssessment(db, { clientName: 'Willow Older' }, { now: new Date('2026-01-01T00:00:00Z') });
    const newer = createAssessment(db, { clientName: 'Willow Newer' }, { now: new Date('2026-02-01T00:00:00Z') });
    expect(found(db, 'willow')).toHaveLength(2);
    // The older one is edited last: the index still holds its key from January until it catches up.
    saveAssessment(db, older.id, { notes: 'Edited in March.' }, { now: new Date('2026-03-01T00:00:00Z') });
    expect(waiting(db)).toBe(1);
    const reader = connect(path, { readonly: true, fileMustExist: true });
    try {
      expect(searchIndexShape(reader)).toEqual(WAITING);
      expect(listAssessments(reader, { search: 'willow' }).rows.map((row) => row.id)).toEqual([older.id, newer.id]);
    } finally {
      reader.close();
    }
    closeDatabase(db);
    const after = connect(path, { readonly: true, fileMustExist: true });
    try {
      expect(waiting(after)).toBe(0);
      expect(searchIndexShape(after)).toEqual(KEYED);
      expect(listAssessments(after, { search: 'march willow' }).rows.map((row) => row.id)).toEqual([older.id]);
    } finally {
      after.close();
    }
  });
});
