// Logo checks before anything reaches jsPDF's image decoders: size in bytes, real PNG/JPEG signature, and
// plausible dimensions read from the header. Refusals are AppErrors whose message a consultant can act on.
import { LOGO_MAX_BYTES, type Branding } from '../branding';
import { AppError } from '../errors';
import { decodeBase64 } from './base64';

/** Largest accepted side, in pixels: far more than a print logo needs, small enough to decode quickly. */
export const LOGO_MAX_SIDE = 4096;
/** Largest accepted pixel count (width × height). */
export const LOGO_MAX_PIXELS = 12_000_000;

export interface LogoImage {
  format: 'PNG' | 'JPEG';
  bytes: Uint8Array;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** PNG colour types and the bit depths each allows. */
const PNG_DEPTHS: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

function refuse(message: string): never {
  throw new AppError('invalid_input', `logo: ${message}`, 'logo');
}

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 33 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR' || u32(bytes, 8) !== 13)
    refuse('the PNG file is damaged (no image header)');
  const depth = bytes[24]!;
  const colourType = bytes[25]!;
  if (!(PNG_DEPTHS[colourType] ?? []).includes(depth)) refuse(`the PNG uses an unknown colour format (type ${colourType}, depth ${depth})`);
  if (bytes[26] !== 0 || bytes[27] !== 0 || bytes[28]! > 1) refuse('the PNG uses an unknown compression, filter or interlace method');
  return { width: u32(bytes, 16), height: u32(bytes, 20) };
}

/** Walks the JPEG markers to the frame header; only baseline, extended and progressive Huffman JPEGs are accepted. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) refuse('the JPEG file is damaged (bad marker)');
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break;
    const length = u16(bytes, at + 2);
    if (length < 2) refuse('the JPEG file is damaged (bad segment length)');
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (marker > 0xc2) refuse('the JPEG uses lossless or arithmetic coding, which PDF viewers do not all support; save it as a standard JPEG or PNG');
      if (at + 10 > bytes.length) break;
      const components = bytes[at + 9]!;
      if (components !== 1 && components !== 3 && components !== 4) refuse(`the JPEG has ${components} colour components; expected 1, 3 or 4`);
      return { width: u16(bytes, at + 7), height: u16(bytes, at + 5) };
    }
    at += 2 + length;
  }
  refuse('the JPEG file is damaged (no frame header)');
}

/** The logo bytes decoded and checked, or null when the branding has none. Throws AppError('invalid_input') otherwise. */
export function readLogo(logo: Branding['logo']): LogoImage | null {
  if (logo === null) return null;
  if (logo.base64.length > Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4) refuse(`the file is larger than ${LOGO_MAX_BYTES / (1024 * 1024)} MB`);
  const bytes = decodeBase64(logo.base64);
  if (bytes === null) refuse('the image data is not valid base64');
  return checkLogo(bytes);
}

/** Checks raw logo bytes: at most LOGO_MAX_BYTES, a real PNG or JPEG (by its signature; the declared type is not trusted), sane dimensions. */
export function checkLogo(bytes: Uint8Array): LogoImage {
  if (bytes.length > LOGO_MAX_BYTES) refuse(`the file is larger than ${LOGO_MAX_BYTES / (1024 * 1024)} MB`);
  if (bytes.length === 0) refuse('the file is empty');
  let format: LogoImage['format'];
  let size: { width: number; height: number };
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    format = 'PNG';
    size = pngSize(bytes);
  } else if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    format = 'JPEG';
    size = jpegSize(bytes);
  } else refuse('the file is not a PNG or JPEG image');
  const { width, height } = size;
  if (width === 0 || height === 0) refuse('the image has no pixels');
  if (width > LOGO_MAX_SIDE || height > LOGO_MAX_SIDE || width * height > LOGO_MAX_PIXELS) {
    refuse(`the image is ${width} × ${height} pixels; the limit is ${LOGO_MAX_SIDE} pixels a side (a logo needs far less)`);
  }
  if (Math.max(width, height) / Math.min(width, height) > 20) refuse(`the image is ${width} × ${height} pixels, too narrow to print as a logo`);
  return { format, bytes, width, height };
}
