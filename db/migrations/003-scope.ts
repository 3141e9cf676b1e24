// Migration 3: an assessment's scope (work items, rates, percentages; shared/scope/schema.ts), kept as one JSON value
// beside the answers, and its words (item titles and descriptions, assumptions, exclusions, client responsibilities)
// in the search index. Append-only: once released, never edit this file.

/** The text at `path` of every element of the JSON array at `list` in `value` (`path` '' for an array of strings). */
const listText = (value: string, list: string, paths: readonly string[]): string => `coalesce((WITH RECURSIVE n(i) AS (
    SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < json_array_length(${value}, '${list}'))
  SELECT group_concat(${paths.map((path) => `coalesce(json_extract(${value}, '${list}[' || i || ']${path}'), '')`).join(" || ' ' || ")}, ' ')
  FROM n WHERE i < coalesce(json_array_length(${value}, '${list}'), 0)), '')`;

/**
 * The searchable words of a scope value, as one SQL expression: every item's title and description, then the
 * assumptions, exclusions and client responsibilities. Scalar JSON functions over a counting CTE rather than
 * json_each/json_tree, which FTS5 cannot read through a content view ("no such table: main.json_each"); the same
 * stored scope always gives the same text, which the external-content index needs to delete exactly what it indexed.
 */
const scopeText = (value: string): string =>
  [
    listText(value, '$.items', ['.title', '.description']),
    ...['$.assumptions', '$.exclusions', '$.clientResponsibilities'].map((list) => listText(value, list, [''])),
  ].join(" || ' ' || ");

const notesText = (row: string): string => `${row}.notes || ' ' || coalesce(json_extract(${row}.requirements, '$.notes'), '')`;

export const migration003 = {
  version: 3,
  name: 'scope',
  sql: `
ALTER TABLE assessments ADD COLUMN scope TEXT CHECK (scope IS NULL OR json_valid(scope));

DROP TRIGGER assessments_fts_insert;
DROP TRIGGER assessments_fts_update;
DROP TRIGGER assessments_fts_delete;
DROP TABLE assessments_fts;
DROP VIEW assessments_search;

CREATE VIEW assessments_search (seq, client_name, project_title, notes, consultant, scope) AS
  SELECT seq, client_name, project_title, ${notesText('assessments')}, consultant, ${scopeText('scope')} FROM assessments;
CREATE VIRTUAL TABLE assessments_fts USING fts5(
  client_name, project_title, notes, consultant, scope,
  content = 'assessments_search', content_rowid = 'seq', columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
INSERT INTO assessments_fts(assessments_fts) VALUES ('rebuild');

CREATE TRIGGER assessments_fts_insert AFTER INSERT ON assessments BEGIN
  INSERT INTO assessments_fts(rowid, client_name, project_title, notes, consultant, scope)
  VALUES (new.seq, new.client_name, new.project_title, ${notesText('new')}, new.consultant, ${scopeText('new.scope')});
END;
CREATE TRIGGER assessments_fts_update AFTER UPDATE ON assessments
WHEN old.client_name IS NOT new.client_name OR old.project_title IS NOT new.project_title OR old.notes IS NOT new.notes
  OR old.consultant IS NOT new.consultant
  OR json_extract(old.requirements, '$.notes') IS NOT json_extract(new.requirements, '$.notes')
  OR old.scope IS NOT new.scope BEGIN
  INSERT INTO assessments_fts(assessments_fts, rowid, client_name, project_title, notes, consultant, scope)
  VALUES ('delete', old.seq, old.client_name, old.project_title, ${notesText('old')}, old.consultant, ${scopeText('old.scope')});
  INSERT INTO assessments_fts(rowid, client_name, project_title, notes, consultant, scope)
  VALUES (new.seq, new.client_name, new.project_title, ${notesText('new')}, new.consultant, ${scopeText('new.scope')});
END;
CREATE TRIGGER assessments_fts_delete AFTER DELETE ON assessments BEGIN
  INSERT INTO assessments_fts(assessments_fts, rowid, client_name, project_title, notes, consultant, scope)
  VALUES ('delete', old.seq, old.client_name, old.project_title, ${notesText('old')}, old.consultant, ${scopeText('old.scope')});
END;
`,
} as const;
