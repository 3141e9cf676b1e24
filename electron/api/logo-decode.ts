// Accepting a logo: the header checks of shared/proposal/logo.ts, then every pixel decoded, so a damaged PNG or JPEG
// is refused at upload with a message instead of failing (or printing garbage) at every later export.
// Node only (pngjs inflates with node:zlib), which is why this lives here and not in shared/.
import { inflateSync } from 'node:zlib';

import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

import { AppError } from '../../shared/errors';
import { checkLogo, LOGO_MAX_PIXELS, type LogoImage } from '../../shared/proposal/logo';

function damaged(format: LogoImage['format']): never {
  throw new AppError('invalid_input', `logo: the ${format} file is damaged (its pixels cannot be read); export it again from an image editor`, 'logo');
}

/**
 * The PNG's compressed image data (its IDAT chunks, joined) inflated by node:zlib, which throws on any damage. pngjs's
 * PNG.sync.read inflates through zlib's internal handle and let a damaged stream through on about two tries in five
 * (tests/api/logo-upload.test.ts), so the stream is checked here first.
 */
function inflatePngData(bytes: Buffer): void {
  const parts: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') parts.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  inflateSync(Buffer.concat(parts));
}

/** Decodes every pixel of an image that passed the header checks; throws AppError('invalid_input') when that fails. */
export function decodeLogo(image: LogoImage): LogoImage {
  let size: { width: number; height: number };
  try {
    const bytes = Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength);
    if (image.format === 'PNG') inflatePngData(bytes);
    size =
      image.format === 'PNG'
        ? PNG.sync.read(bytes, { checkCRC: true })
        : // Strict: a tolerant decoder fills missing data with grey; the header check already capped the pixel count.
          jpeg.decode(image.bytes, { useTArray: true, tolerantDecoding: false, maxResolutionInMP: Math.ceil(LOGO_MAX_PIXELS / 1e6), maxMemoryUsageInMB: 256 });
  } catch {
    damaged(image.format);
  }
  if (size.width !== image.width || size.height !== image.height) damaged(image.format);
  return image;
}

/** The logo bytes as accepted for the branding: checked, then fully decoded. */
export function acceptLogo(bytes: Uint8Array): LogoImage {
  return decodeLogo(checkLogo(bytes));
}
