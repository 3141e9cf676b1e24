// Turning whatever a user types into a safe FTS5 query: words only, each quoted and prefix-matched, all required.
// Quotes, *, -, NEAR, AND, column filters and unbalanced parentheses become plain words or vanish; never a syntax error.
// A word in a script written without spaces (Thai, Chinese, ...) is also cut as the index cuts such text
// (db/search-words.ts), so a word inside a run is found, not only its start.
import { queryParts } from './search-words';

const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 64;

/** The words of a search, as the unicode61 tokenizer would see them (letters and digits; marks stay with their letter). */
export function searchTerms(text: string): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  return words.slice(0, MAX_TERMS).map((word) => word.slice(0, MAX_TERM_LENGTH));
}

/**
 * One word's match: the word as a prefix, or, for a word with an unspaced run, either that or all of its parts (a
 * word of the index starts with the whole word typed, or the parts are each found: "พัสดุ" inside "ระบบติดตามพัสดุ").
 */
function termQuery(term: string): string {
  // Inside double quotes every character is literal to FTS5; the words cannot contain a quote to escape.
  const whole = `"${term}"*`;
  const parts = [...new Set(queryParts(term))].slice(0, MAX_TERMS);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === term)) return whole;
  return `((${parts.map((part) => `"${part}"*`).join(' AND ')}) OR ${whole})`;
}

/** An FTS5 MATCH expression, or null when the text has nothing to search for (then nothing is filtered). */
export function toFtsQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const queries = terms.map(termQuery);
  // FTS5 allows the implicit AND (a space) between phrases only: beside a group in parentheses it must be spelled out.
  return queries.join(queries.some((q) => q.startsWith('(')) ? ' AND ' : ' ');
}
