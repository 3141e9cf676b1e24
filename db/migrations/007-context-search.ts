// Migration 7: the project context of the requirements record (shared/engine/project-context.ts: integrations,
// languages, which personal data, target date, budget, hosting, mobile) in the search index, beside the scope words of
// migration 3; existing assessments are indexed as the table is rebuilt. Append-only: once released, never edit this file.

/** Copied from migration 3 (its text must stay as released there): the text of every element of a JSON array. */
const listText = (value: string, list: string, paths: readonly string[]): string => `coalesce((WITH RECURSIVE n(i) AS (
    SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < json_array_length(${value}, '${list}'))
  SELECT group_concat(${paths.map((path) => `coalesce(json_extract(${value}, '${list}[' || i || ']${path}'), '')`).join(" || ' ' || ")}, ' ')
  FROM n WHERE i < coalesce(json_array_length(${value}, '${list}'), 0)), '')`;

const scopeText = (value: string): string =>
  [
    listText(value, '$.items', ['.title', '.description']),
    ...['$.assumptions', '$.exclusions', '$.clientResponsibilities'].map((list) => listText(value, list, [''])),
  ].join(" || ' ' || ");

const notesText = (row: string): string => `${row}.notes || ' ' || coalesce(json_extract(${row}.requirements, '$.notes'), '')`;

/**
 * The searchable words of an assessment's project context, as one SQL expression over its requirements JSON. The two
 * short lists (integrations, languages) are indexed as their JSON text: the unicode61 tokenizer reads brackets, quotes
 * and commas as separators, so '["Salesforce","Stripe"]' gives the words Salesforce and Stripe with no per-element
 * walk (json_each cannot run inside the index's content view, and a counting CTE per list would double the work of
 * every save). Choices are indexed by their stored value, whose hyphens split into words (eu-cloud: eu, cloud;
 * native-app: native, app); the values that say nothing (not set, no preference, not needed) add no word. Personal
 * data adds "personal data gdpr" so a consultant can find every assessment that handles it. A few dozen characters at
 * most per assessment: the index stays small and a save costs what it did.
 */
const contextText = (requirements: string): string => {
  const field = (name: string): string => `json_extract(${requirements}, '$.${name}')`;
  const choice = (name: string, nothing: string): string => `coalesce(nullif(${field(name)}, '${nothing}'), '')`;
  return [
    `coalesce(${field('integrations')}, '')`,
    `coalesce(${field('languages')}, '')`,
    `coalesce(${field('personalDataKinds')}, '')`,
    `CASE WHEN ${field('personalData')} = 1 THEN 'personal data gdpr' ELSE '' END`,
    `coalesce(${field('targetDate')}, '')`,
    choice('budgetRange', 'not-set'),
    choice('hosting', 'no-preference'),
    choice('mobile', 'not-needed'),
  ].join(" || ' ' || ");
};

const columns = 'client_name, project_title, notes, consultant, scope, context';
const values = (row: string): string =>
  `${row}.seq, ${row}.client_name, ${row}.project_title, ${notesText(row)}, ${row}.consultant, ${scopeText(`${row}.scope`)}, ${contextText(`${row}.requirements`)}`;

export const migration007 = {
  version: 7,
  name: 'context-search',
  sql: `
DROP TRIGGER assessments_fts_insert;
DROP TRIGGER assessments_fts_update;
DROP TRIGGER assessments_fts_delete;
DROP TABLE assessments_fts;
DROP VIEW assessments_search;

CREATE VIEW assessments_search (seq, ${columns}) AS
  SELECT seq, client_name, project_title, ${notesText('assessments')}, consultant, ${scopeText('scope')}, ${contextText('requirements')} FROM assessments;
CREATE VIRTUAL TABLE assessments_fts USING fts5(
  ${columns},
  content = 'assessments_search', content_rowid = 'seq', columnsize = 0,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
INSERT INTO assessments_fts(assessments_fts) VALUES ('rebuild');

CREATE TRIGGER assessments_fts_insert AFTER INSERT ON assessments BEGIN
  INSERT INTO assessments_fts(rowid, ${columns}) VALUES (${values('new')});
END;
CREATE TRIGGER assessments_fts_update AFTER UPDATE ON assessments
WHEN old.client_name IS NOT new.client_name OR old.project_title IS NOT new.project_title OR old.notes IS NOT new.notes
  OR old.consultant IS NOT new.consultant
  OR json_extract(old.requirements, '$.notes') IS NOT json_extract(new.requirements, '$.notes')
  OR old.scope IS NOT new.scope
  OR (old.requirements IS NOT new.requirements AND (${contextText('old.requirements')}) IS NOT (${contextText('new.requirements')})) BEGIN
  INSERT INTO assessments_fts(assessments_fts, rowid, ${columns}) VALUES ('delete', ${values('old')});
  INSERT INTO assessments_fts(rowid, ${columns}) VALUES (${values('new')});
END;
CREATE TRIGGER assessments_fts_delete AFTER DELETE ON assessments BEGIN
  INSERT INTO assessments_fts(assessments_fts, rowid, ${columns}) VALUES ('delete', ${values('old')});
END;
`,
} as const;
