// File names that every common file system accepts, for exports and their temporary files. Pure: no fs.
// Limits are in UTF-8 bytes (ext4 and APFS count bytes, NTFS counts UTF-16 units, never more than the bytes),
// and names are cut between grapheme clusters, so no surrogate pair or combining sequence is split.

import { hasVisibleCharacter, withoutInvisibleControls } from './title-text';

/** The longest name component ext4, APFS and NTFS all accept, in UTF-8 bytes. */
export const FILE_NAME_MAX_BYTES = 255;
/**
 * The longest suggested export name: leaves room for the " (12)" a free-name search adds (electron/serve/file-actions.ts)
 * and for the dot, process id and ".partial" of the temporary file beside it (electron/api/atomic-write.ts).
 */
export const EXPORT_NAME_MAX_BYTES = 200;

/**
 * Characters Windows or macOS refuse in a name: controls, path separators and the reserved punctuation. (Controls and
 * bidirectional overrides of every kind are dropped before, shared/title-text.ts.)
 */
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u001f\u007f<>:"/\\|?*]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Device names Windows reserves, with any extension (CON.pdf is as reserved as CON). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

const encoder = new TextEncoder();
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** The longest prefix of `text` made of whole grapheme clusters that fits in `maxBytes` UTF-8 bytes. */
export function cutToBytes(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Length(segment);
    if (used + size > maxBytes) break;
    out += segment;
    used += size;
  }
  return out;
}

/** Leading dots would hide the file on Unix; Windows drops trailing dots and spaces. */
function trimEnds(text: string): string {
  return text.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
}

/**
 * A safe file name: `stem` cleaned (illegal characters removed, whitespace collapsed), cut at a grapheme boundary
 * so that stem + `ending` fits in `maxBytes`, and kept clear of Windows' reserved device names. `ending` (like
 * " - proposal.pdf") is kept whole; it must itself be a safe, short ASCII text. An empty stem becomes `fallback`.
 */
export function fileName(stem: string, ending: string, options: { maxBytes?: number; fallback?: string } = {}): string {
  const maxBytes = options.maxBytes ?? EXPORT_NAME_MAX_BYTES;
  const cleaned = trimEnds(withoutInvisibleControls(stem.normalize('NFC').replace(/\s+/gu, ' ')).replace(ILLEGAL, ''));
  const room = maxBytes - utf8Length(ending);
  let cut = trimEnds(cutToBytes(cleaned, room));
  // A name of zero-width characters alone would look like no name at all.
  if (!hasVisibleCharacter(cut)) cut = cutToBytes(options.fallback ?? 'export', room);
  if (RESERVED.test(cut + ending)) cut = `_${trimEnds(cutToBytes(cut, room - 1))}`;
  return `${cut}${ending}`;
}

/** Splits "name.ext" into a stem and its extension (with the dot); a name without one has an empty extension. */
export function splitExtension(name: string): { stem: string; extension: string } {
  const match = /^(.+?)(\.[A-Za-z0-9]{1,10})$/.exec(name);
  return match === null ? { stem: name, extension: '' } : { stem: match[1]!, extension: match[2]! };
}
