// Turning whatever a user types into a safe FTS5 query: words only, each quoted and prefix-matched, all required.
// Quotes, *, -, NEAR, AND, column filters and unbalanced parentheses become plain words or vanish; never a syntax error.

const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 64;

/** The words of a search, as the unicode61 tokenizer would see them (letters and digits; marks stay with their letter). */
export function searchTerms(text: string): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
  return words.slice(0, MAX_TERMS).map((word) => word.slice(0, MAX_TERM_LENGTH));
}

/** An FTS5 MATCH expression, or null when the text has nothing to search for (then nothing is filtered). */
export function toFtsQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  // Inside double quotes every character is literal to FTS5; the words cannot contain a quote to escape.
  return terms.map((term) => `"${term}"*`).join(' ');
}
