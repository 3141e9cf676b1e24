// Every list query walks an index: for every sort the list offers, both directions, live and trash, with every filter
// and with search, EXPLAIN QUERY PLAN at 100,000 assessments shows the sort's own index, no full scan of the table
// and no temporary B-tree for the ORDER BY. Without ANALYZE (Scopewise never runs it) the plan depends on the
// schema alone, so these plans are the ones a user's database gets.
import type { Database } from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';

import { countAssessments, listAssessments, listStatementFor } from '../../db';
import { ASSESSMENT_SORTS, ASSESSMENT_STATUSES, type AssessmentSort, type ListQuery } from '../../shared/assessment';
import { fillAssessments } from './many-assessments';
import { tempDatabase } from './temp';

const ROWS = 100_000;

const SORT_INDEX: Record<AssessmentSort, string> = {
  updatedAt: 'updated',
  createdAt: 'created',
  clientName: 'client',
  projectTitle: 'project',
  status: 'status',
  recommended: 'recommended',
};

/** Every combination the list can ask for: sort × direction × live/trash × each filter on or off × search on or off. */
function everyQuery(): ListQuery[] {
  const queries: ListQuery[] = [];
  for (const sort of ASSESSMENT_SORTS)
    for (const direction of ['asc', 'desc'] as const)
      for (const trash of [false, true])
        for (const status of [undefined, 'final'] as const)
          for (const recommended of [undefined, 'flask'] as const)
            for (const range of [false, true])
              for (const search of [undefined, 'clie'])
                queries.push({
                  sort,
                  direction,
                  trash,
                  ...(status === undefined ? {} : { status }),
                  ...(recommended === undefined ? {} : { recommended }),
                  ...(range ? { updatedFrom: '2024-03-10T00:00:00.000Z', updatedBefore: '2024-04-01T00:00:00.000Z' } : {}),
                  ...(search === undefined ? {} : { search }),
                });
  return queries;
}

function plan(db: Database, sql: string, params: Record<string, string | number>): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail);
}

describe(`list query plans at ${ROWS.toLocaleString('en')} assessments`, () => {
  let db: Database;
  beforeAll(async () => {
    db = (await tempDatabase()).db;
    const start = performance.now();
    fillAssessments(db, ROWS);
    process.stderr.write(`list-plans: ${ROWS} rows written in ${Math.round(performance.now() - start)} ms\n`);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'sqlite_stat1'").get()).toEqual({ n: 0 });
  }, 120_000);

  it('walks the sort’s own index for every sort, direction, filter and search, with no full scan and no sort', () => {
    const queries = everyQuery();
    expect(queries).toHaveLength(6 * 2 * 2 * 2 * 2 * 2 * 2);
    for (const query of queries) {
      const { sql, params } = listStatementFor(query, true);
      const lines = plan(db, sql, params);
      const index = `assessments_${query.trash === true ? 'trash' : 'live'}_${SORT_INDEX[query.sort!]}`;
      const label = `${JSON.stringify(query)}\n${lines.join('\n')}`;
      expect(lines[0], label).toMatch(new RegExp(`^(SCAN|SEARCH) a USING (COVERING )?INDEX ${index}\\b`));
      // The live list by last update (the default, and what a search shows first) never reads the table (migration 9).
      if (query.sort === 'updatedAt' && query.trash !== true) expect(lines[0], label).toContain('USING COVERING INDEX');
      expect(
        lines.filter((line) => /^SCAN a$/.test(line) || line.includes('TEMP B-TREE')),
        label,
      ).toEqual([]);
      // The same holds for the unpaged statement that `list --json` streams.
      const stream = listStatementFor(query, false);
      expect(plan(db, stream.sql, stream.params)[0], label).toMatch(new RegExp(`^(SCAN|SEARCH) a USING (COVERING )?INDEX ${index}\\b`));
    }
  });

  it('reads a search of the live list by last update from the search index in its own order, when every key is formed', () => {
    // The index's rowids are list keys (migration 11): no gathering, no walk, no sort; each match found is one row lookup.
    expect(db.prepare('SELECT count(*) FROM assessments WHERE list_key < 2097152 AND deleted_at IS NULL').pluck().get()).toBe(0);
    const ordered = everyQuery().filter(
      (q) => q.search !== undefined && q.sort === 'updatedAt' && q.trash !== true && !q.status && !q.recommended && !q.updatedFrom,
    );
    expect(ordered).toHaveLength(2);
    for (const query of ordered)
      for (const paged of [true, false]) {
        const { sql, params } = listStatementFor(query, paged, { keyed: true, inKeyOrder: true });
        const lines = plan(db, sql, params);
        const label = `${JSON.stringify(query)}\n${lines.join('\n')}`;
        expect(lines[0], label).toMatch(/^SCAN f VIRTUAL TABLE INDEX/);
        expect(lines[1], label).toBe('SEARCH a USING INTEGER PRIMARY KEY (rowid=?)');
        expect(
          lines.filter((line) => line.includes('TEMP B-TREE')),
          label,
        ).toEqual([]);
      }
  });

  it('counts without scanning the table', () => {
    for (const query of everyQuery().filter((q) => q.sort === 'updatedAt' && q.direction === 'desc')) {
      const { sql, params } = listStatementFor(query, false);
      const where = sql.slice(sql.indexOf(' FROM assessments a '), sql.lastIndexOf(' ORDER BY '));
      const lines = plan(db, `SELECT count(*)${where}`, params);
      expect(
        lines.filter((line) => /^SCAN a$/.test(line)),
        `${JSON.stringify(query)}\n${lines.join('\n')}`,
      ).toEqual([]);
    }
  });

  it('gives, for every sort and filter, the rows SQLite gives when told to use no index', () => {
    for (const sort of ASSESSMENT_SORTS)
      for (const direction of ['asc', 'desc'] as const)
        for (const status of [undefined, ...ASSESSMENT_STATUSES]) {
          const query: ListQuery = { sort, direction, page: 3, ...(status === undefined ? {} : { status }) };
          const { sql, params } = listStatementFor(query, true);
          const unindexed = db.prepare(sql.replace('FROM assessments a', 'FROM assessments a NOT INDEXED')).all(params) as { id: string }[];
          expect(listAssessments(db, query).rows.map((row) => row.id)).toEqual(unindexed.slice(0, 50).map((row) => row.id));
        }
    // The template (in the trash) and one in fifty of the copies are in the trash.
    expect(countAssessments(db, {})).toBe(ROWS - 1 - Math.floor((ROWS - 1) / 50));
  });
});
