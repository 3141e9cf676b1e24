// Migration 10: the search index keeps prefixes of four letters too. A search for a word of four letters or more
// ("shop", "nguy") otherwise gathers the entries of every indexed word beginning with it and merges them; with a
// four-letter prefix index it reads one list. About a tenth off a search at 100,000 assessments, for no measurable cost
// to a save (README, Benchmarks). Same columns, view and triggers as migration 7; only the index is rebuilt (about 3 s
// at 100,000 assessments, once). Append-only: once released, never edit this file.
export const migration010 = {
  version: 10,
  name: 'four-letter-prefixes',
  sql: `
DROP TABLE assessments_fts;
CREATE VIRTUAL TABLE assessments_fts USING fts5(
  client_name, project_title, notes, consultant, scope, context,
  content = 'assessments_search', content_rowid = 'seq', columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3 4'
);
INSERT INTO assessments_fts(assessments_fts) VALUES ('rebuild');
`,
} as const;
