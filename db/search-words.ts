// The words inside runs of scripts written without spaces, for the search index and the search alike. FTS5's
// unicode61 tokenizer takes a whole run of letters as one word, so "พัสดุ" (parcel) was only found at the start of
// "ระบบติดตามพัสดุ" (parcel tracking system). Thai, Lao, Khmer and Myanmar runs are cut into words with
// Intl.Segmenter (ICU's dictionaries, the same in Node and in Chromium); Chinese and Japanese runs into overlapping
// pairs of characters (bigrams), which find any word of two characters or more without a dictionary's opinion of where
// words end. Pure (text in, words out) but for hasSearchWords, which asks the schema whether the column exists; the
// column and the query are db/migrations/013-script-words.ts and db/search.ts.
import type { Database } from 'better-sqlite3';

import { hasAssessmentColumn } from './statements';

/** Scripts segmented by dictionary: Thai, Lao, Khmer, Myanmar (their combining marks share the script). */
const SEGMENTED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
/** Chinese and Japanese: Han, the kana, and the kana's length mark (ー, of the Common script). */
const PAIRED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]+/gu;
/** Quick test before any work: most text has no such run, and then costs one regular-expression scan. */
const ANY_RUN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** At most this many words are kept for one assessment (a long Chinese note gives two a character). */
const MAX_WORDS = 4000;

let segmenter: Intl.Segmenter | undefined;

function dictionaryWords(run: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return [...segmenter.segment(run)].filter((s) => s.isWordLike === true).map((s) => s.segment);
}

/** Overlapping pairs of characters; a single character stays itself. */
export function characterPairs(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((char, i) => chars[i]! + char);
}

/** Whether a text has any run that the index segments. */
export function hasUnspacedRun(text: string): boolean {
  return ANY_RUN.test(text);
}

/**
 * The words of a text's unspaced runs as the index keeps them: dictionary words of Thai, Lao, Khmer and Myanmar runs,
 * character pairs of Chinese and Japanese runs, and each Chinese or Japanese run's last character (so one character
 * typed alone finds it wherever it stands). Null when the text has no such run.
 */
export function unspacedWords(texts: readonly string[]): string | null {
  const words = new Set<string>();
  for (const raw of texts) {
    if (!hasUnspacedRun(raw)) continue;
    const text = raw.normalize('NFC');
    for (const [run] of text.matchAll(SEGMENTED)) for (const word of dictionaryWords(run)) if (word !== run) words.add(word);
    for (const [run] of text.matchAll(PAIRED)) {
      for (const pair of characterPairs(run)) words.add(pair);
      words.add([...run].at(-1)!);
    }
    if (words.size >= MAX_WORDS) break;
  }
  return words.size === 0 ? null : [...words].slice(0, MAX_WORDS).join(' ');
}

/**
 * A search word cut as the index cuts its text: the dictionary words of its Thai, Lao, Khmer or Myanmar parts and the
 * character pairs of its Chinese or Japanese parts. Empty when the word has no unspaced run (then it is searched as it is).
 */
export function queryParts(word: string): string[] {
  if (!hasUnspacedRun(word)) return [];
  const parts: string[] = [];
  for (const [run] of word.matchAll(SEGMENTED)) parts.push(...dictionaryWords(run));
  for (const [run] of word.matchAll(PAIRED)) parts.push(...characterPairs(run));
  return parts;
}

/** An assessment's searchable texts as its row stores them (requirements and scope as JSON). */
export interface SearchableRow {
  client_name: string;
  project_title: string;
  consultant: string;
  notes: string;
  requirements: string;
  scope: string | null;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The unspaced words of everything the search index reads of an assessment (db/migrations/007-context-search.ts: the
 * names, notes, the context's lists, the scope's items and texts), for its `search_words` column; null for the usual
 * assessment with none, which costs a scan of its texts and no parsing.
 */
export function searchWordsOf(row: SearchableRow): string | null {
  const raw = [row.client_name, row.project_title, row.consultant, row.notes, row.requirements, row.scope ?? ''];
  if (!raw.some(hasUnspacedRun)) return null;
  const requirements = JSON.parse(row.requirements) as Record<string, unknown>;
  const scope = (row.scope === null ? {} : JSON.parse(row.scope)) as Record<string, unknown>;
  const items = Array.isArray(scope.items) ? (scope.items as { title?: unknown; description?: unknown }[]) : [];
  return unspacedWords([
    row.client_name,
    row.project_title,
    row.consultant,
    row.notes,
    ...strings([requirements.notes]),
    ...strings(requirements.integrations),
    ...strings(requirements.languages),
    ...strings(requirements.personalDataKinds),
    ...items.flatMap((item) => strings([item.title, item.description])),
    ...strings(scope.assumptions),
    ...strings(scope.exclusions),
    ...strings(scope.clientResponsibilities),
  ]);
}

/** Whether the connection's schema has `assessments.search_words` (migration 13); see hasAssessmentColumn. */
export function hasSearchWords(db: Database): boolean {
  return hasAssessmentColumn(db, 'search_words');
}

/** ", search_words = @searchWords" in an UPDATE's SET list, where the schema has the column. */
export function setSearchWords(db: Database): string {
  return hasSearchWords(db) ? ', search_words = @searchWords' : '';
}
