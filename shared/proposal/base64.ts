// Base64 to bytes with the platform's atob (Node and browsers alike), so the proposal code runs unchanged in both.
// atob forgives whitespace and some missing padding; this refuses anything that is not plain base64 (no data: prefix,
// no whitespace inside, padding only where it belongs) instead of guessing.
const ALPHABET_ONLY = /^[A-Za-z0-9+/]*$/;

/** The bytes of a base64 string, or null when the text is not valid base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const body = text.endsWith('==') ? text.slice(0, -2) : text.endsWith('=') ? text.slice(0, -1) : text;
  if (body.length < text.length && text.length % 4 !== 0) return null;
  if (body.length % 4 === 1 || !ALPHABET_ONLY.test(body)) return null;
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
