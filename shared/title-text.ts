// What a title or a file name may hold: text a reader can see. Control characters and bidirectional embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069) are dropped: they make a title read differently from what it
// is ("cod.exe" shown as "exe.doc"), break a line in a list, or ring a terminal's bell. Right-to-left text and its
// marks (U+200E, U+200F, U+061C) are kept. Pure: no Node, no DOM.

/** Bidirectional embeddings, overrides and isolates: they reorder the text around them. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;
/** Tab, line breaks and other separators of lines or paragraphs: a title is one line, so they become a space. */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;
/** Every other control character (C0, DEL, C1). */
const CONTROLS = /\p{Cc}/gu;
/**
 * Characters that take no visible room on their own: white space, format characters (zero-width space and joiners,
 * word joiner, byte-order mark, direction marks), the combining grapheme joiner, and the Hangul fillers.
 */
const INVISIBLE = /[\s\p{Cf}\u034f\u115f\u1160\u3164\uffa0\u2800]/gu;

/** A title as stored: controls and bidirectional overrides dropped, line breaks and tabs made spaces. */
export function cleanTitle(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '').replace(BIDI_CONTROLS, '');
}

/** Does the text hold at least one character a reader can see? */
export function hasVisibleCharacter(text: string): boolean {
  return text.replace(INVISIBLE, '') !== '';
}

/**
 * Is this a title that looks empty but is not: something other than plain spaces, yet nothing visible (zero-width
 * characters, fillers). Plain spaces are let through, as a title being typed may begin with one.
 */
export function isInvisibleTitle(text: string): boolean {
  return !hasVisibleCharacter(text) && text.replace(/ /g, '') !== '';
}

/** The same text with the characters a file name must not carry dropped (see cleanTitle). */
export function withoutInvisibleControls(text: string): string {
  return text.replace(CONTROLS, '').replace(BIDI_CONTROLS, '');
}
