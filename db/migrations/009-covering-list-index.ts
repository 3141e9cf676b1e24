// Migration 9: the list's default order (last updated, newest first) reads everything it shows from its index. The
// index of migration 1 held the sort key only, so each of a page's 50 rows was then looked up in the table; a search
// (db/list.ts) walks this index testing each entry against the matches, and with the summary columns in the entry it
// never reads the table at all. A save rewrites this entry anyway (updated_at changes on every save), so carrying the
// other columns costs it nothing measurable (README, Benchmarks); the index grows to about 150 bytes an assessment.
// `seq` comes second so entries stay in the list's `updated_at, seq` order. Append-only: once released, never edit this file.
export const migration009 = {
  version: 9,
  name: 'covering-list-index',
  sql: `
DROP INDEX assessments_live_updated;
CREATE INDEX assessments_live_updated ON assessments(updated_at, seq, id, client_name, project_title, consultant, status, recommended,
  confidence, revision, created_at, deleted_at) WHERE deleted_at IS NULL;
`,
} as const;
