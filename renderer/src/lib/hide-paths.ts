// What a message may show on the projector: any absolute file path in it (POSIX, Windows, home) becomes a neutral
// phrase, so a data folder, a backup or an export folder never names a person or another client. Pure: text in, text out.

export const HIDDEN_PATH = 'a file on this computer';

// One part of a path: no separator, no space, nothing that ends a path in a sentence (quotes, colon, comma...).
const PART = String.raw`[^\s/\\'"\x60<>|:;,()]+`;
// A folder's name may hold spaces ("My Documents"): words joined by single spaces count when a separator follows them.
const FOLDER = String.raw`${PART}(?: ${PART})*[/\\]`;
// The last part never ends in a full stop: that belongs to the sentence.
const LAST = String.raw`[^\s/\\'"\x60<>|:;,()]*[^\s/\\'"\x60<>|:;,().]`;

const PATH = new RegExp(
  [
    // C:\Users\ana\... or C:/Users/...: a drive letter starts it.
    String.raw`(?<![\w])[A-Za-z]:[\\/](?:${FOLDER})*(?:${LAST})?`,
    // ~/Documents/...: the home folder.
    String.raw`(?<![\w.~/\\])~[/\\](?:${FOLDER})*(?:${LAST})?`,
    // /home/ana/...: at least two parts, not after a word or another separator (so "and/or", "I/O", URLs stay).
    String.raw`(?<![\w.~:/\\])/(?:${FOLDER})+${LAST}`,
  ].join('|'),
  'gu',
);

// What is left of a path cut short elsewhere ("Files/exports/harbour.pdf"): three parts or more, not inside a word,
// a URL or another path. Dates ("12/05/2026") and fractions have no letter and stay.
const RELATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}_.~:/\\-])${PART}(?:[/\\]${PART}){2,}`, 'gu');

/** The text with every absolute path (and any relative piece of three parts) replaced by HIDDEN_PATH; text without a path comes back unchanged. */
export function hidePaths(text: string): string {
  return text.replace(PATH, HIDDEN_PATH).replace(RELATIVE, (piece) => (/\p{L}/u.test(piece) ? HIDDEN_PATH : piece));
}
