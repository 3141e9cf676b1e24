// PDF text strings and UTF-8 stream data for the objects the proposal writes itself (structure tree, outline, links,
// XMP). Pure string work; no jsPDF.

/** A PDF text string: plain ASCII in parentheses (escaped), anything else as UTF-16BE hex with its byte order mark. */
export function pdfTextString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, (ch) => `\\${ch}`)})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Text as UTF-8 bytes in a binary string, the form jsPDF stream data takes. */
export function utf8Binary(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}
