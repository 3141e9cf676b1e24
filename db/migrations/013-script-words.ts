// Migration 12: words inside scripts written without spaces are found. The unicode61 tokenizer takes a run of Thai,
// Lao, Khmer, Myanmar, Chinese or Japanese letters as one word, so only its start could be searched. Each assessment
// now keeps, in `search_words`, the words of those runs as db/search-words.ts cuts them (dictionary words, or pairs of
// characters for Chinese and Japanese), written by every save that writes its texts; the index reads them with the
// context column. NULL for the usual assessment with no such run: its indexed words are exactly what they were, so the
// index is not rebuilt; only assessments with such runs are filled here, through the backlog (a search catches up).
//
// The backlog's update trigger also notes a change of `search_words` alone, so the words the index holds are always
// the ones the backlog takes out again (FTS5 needs those exactly). Append-only: once released, never edit this file.
import type { Database } from 'better-sqlite3';

import { type SearchableRow, searchWordsOf } from '../search-words';

const columns = 'client_name, project_title, notes, consultant, scope, context';

/** As migration 11's note of what the index holds for an assessment, now over the view below. */
const noteIndexed = `INSERT INTO search_backlog (seq, indexed, list_key, ${columns})
  SELECT seq, 1, list_key, ${columns} FROM assessments_search_keyed
  WHERE seq = old.seq AND NOT EXISTS (SELECT 1 FROM search_backlog WHERE seq = old.seq)`;

const sql = `
ALTER TABLE assessments ADD COLUMN search_words TEXT;

DROP VIEW assessments_search_keyed;
CREATE VIEW assessments_search_keyed (list_key, seq, ${columns}) AS
  SELECT a.list_key, s.seq, s.client_name, s.project_title, s.notes, s.consultant, s.scope,
    CASE WHEN a.search_words IS NULL THEN s.context ELSE s.context || ' ' || a.search_words END
  FROM assessments_search s JOIN assessments a ON a.seq = s.seq;

DROP TRIGGER search_backlog_update;
CREATE TRIGGER search_backlog_update BEFORE UPDATE ON assessments
WHEN old.updated_at IS NOT new.updated_at OR old.client_name IS NOT new.client_name OR old.project_title IS NOT new.project_title
  OR old.notes IS NOT new.notes OR old.consultant IS NOT new.consultant OR old.requirements IS NOT new.requirements
  OR old.scope IS NOT new.scope OR old.search_words IS NOT new.search_words BEGIN
  ${noteIndexed};
END;
`;

/** Fills `search_words` where a text has an unspaced run; the backlog's triggers bring the index along. */
function transform(db: Database): void {
  const rows = db.prepare('SELECT seq, client_name, project_title, consultant, notes, requirements, scope FROM assessments').iterate() as IterableIterator<
    SearchableRow & { seq: number }
  >;
  const found: [number, string][] = [];
  for (const row of rows) {
    const words = searchWordsOf(row);
    if (words !== null) found.push([row.seq, words]);
  }
  const write = db.prepare('UPDATE assessments SET search_words = ? WHERE seq = ?');
  for (const [seq, words] of found) write.run(words, seq);
}

export const migration013 = { version: 13, name: 'script-words', sql, transform } as const;
