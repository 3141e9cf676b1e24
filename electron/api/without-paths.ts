// What an error message may say about the disk when it crosses the API: a path becomes its last part, so the UI (and
// the projector) names the file, never the folders above it. Pure: text and folder names in, text out; no fs.
//
// Two passes. First the folders this process knows (the data folder, the home folder, the export folder): wherever
// one appears, it and whatever path follows it are cut, whatever characters their names hold (spaces, commas,
// apostrophes, any script). Then any other absolute path, found by its separators: a folder's name may hold single
// spaces when a separator follows it ("Client Files/"), so no relative piece of it is left behind.

/** The folders this process knows by name; each is cut from a message with whatever follows it. */
export interface KnownFolders {
  /** The data folder (database, backups). */
  data?: string;
  /** The user's home folder; shown as "the home folder" when named alone. */
  home?: string;
  /** Where exports are written. */
  exports?: string;
}

// One part of a path: no separator, no space, nothing that ends a path inside a sentence (quotes, colon, comma...).
const PART = String.raw`[^\s'"\x60:;,()<>|\\/]+`;
// A folder: words joined by single spaces, then a separator ("Client Files/", "Ana María\").
const FOLDER = String.raw`${PART}(?: ${PART})*[\\/]`;
// The last part: the file's (or the last folder's) name, up to its first space; the sentence's full stop stays.
const LAST = String.raw`(?:[^\s'"\x60:;,()<>|\\/]*[^\s'"\x60:;,()<>|\\/.])?`;
// Where a path starts: a drive (C:\ or C:/), a UNC share (\\server\), the home (~/) or the root (/), never inside a
// word, after a dot or a colon ("and/or", "I/O", "./x" and a URL's "https://" stay as they are).
const START = String.raw`(?<![\p{L}\p{N}_.~:/\\])(?:[A-Za-z]:[\\/]|\\\\|~[\\/]|/)`;

const ABSOLUTE = new RegExp(String.raw`${START}((?:${FOLDER})*)(${LAST})`, 'gu');
// What may come before a known folder: the message's start or what ends a word (never the middle of another path).
const FOLDER_START = String.raw`(?<=^|[\s'"\x60:;,()<>|=\[])`;
// What may follow a known folder for the match to be that folder and not a longer name that starts like it.
const FOLDER_END = String.raw`(?=[\\/]|[\s'"\x60:;,()<>|]|\.(?:\s|$)|$)`;

/** The last part of a path, without trailing separators; '' for a root. */
function lastPart(path: string): string {
  const parts = path.split(/[\\/]+/u).filter((part) => part !== '');
  return parts.length === 0 ? '' : (parts[parts.length - 1] ?? '');
}

/** A folder as a pattern: its separators match either kind, and a Windows folder matches in any letter case. */
function folderPattern(folder: string): RegExp {
  const trimmed = folder.replace(/[\\/]+$/u, '');
  const body = [...trimmed].map((char) => (char === '/' || char === '\\' ? String.raw`[\\/]` : char.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))).join('');
  const windows = /^[A-Za-z]:|^\\\\/u.test(trimmed);
  return new RegExp(String.raw`${FOLDER_START}${body}${FOLDER_END}((?:[\\/]+(?:${FOLDER})*${LAST})?)`, windows ? 'giu' : 'gu');
}

/** A folder worth cutting: an absolute path below the root (a bare "/" or "C:\" would cut every path). */
function isCuttable(folder: string | undefined): folder is string {
  if (folder === undefined) return false;
  const trimmed = folder.replace(/[\\/]+$/u, '');
  return /^(?:\/|[A-Za-z]:[\\/]|\\\\)/u.test(folder) && lastPart(trimmed) !== '' && !/^[A-Za-z]:$/u.test(trimmed);
}

/**
 * The message with every path in it replaced by its last part ("folder" for a root, "the home folder" for the home
 * folder named alone). Text without a path comes back unchanged.
 */
export function withoutPaths(message: string, known: KnownFolders = {}): string {
  const folders = [known.data, known.exports, known.home]
    .filter(isCuttable)
    // The longest first: a data folder inside the home folder is cut whole, not from the home folder on.
    .sort((a, b) => b.length - a.length);
  let text = message;
  for (const folder of folders) {
    const name = folder === known.home ? 'the home folder' : lastPart(folder);
    text = text.replace(folderPattern(folder), (_match, rest: string) => lastPart(rest) || name);
  }
  // A separator alone ("/" in "either / or") is no path; a path ending in a separator is named by its last folder.
  return text.replace(ABSOLUTE, (match: string, folders: string, last: string) =>
    folders === '' && last === '' ? match : last || lastPart(folders) || 'folder',
  );
}
