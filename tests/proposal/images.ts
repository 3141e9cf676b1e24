// Real and broken images for the logo tests: PNGs encoded here with zlib, JPEGs made by poppler's pdftoppm.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG header claiming any size, followed by the given image data (real pixels by default). */
export function png(width: number, height: number, options: { idat?: Uint8Array; colourType?: number; depth?: number } = {}): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = options.depth ?? 8;
  header[9] = options.colourType ?? 6;
  let idat = options.idat;
  if (idat === undefined) {
    const row = width * 4 + 1;
    const raw = Buffer.alloc(row * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const at = y * row + 1 + x * 4;
        raw[at] = (x * 255) / width;
        raw[at + 1] = 90;
        raw[at + 2] = (y * 255) / height;
        raw[at + 3] = x < 4 ? 0 : 255;
      }
    }
    idat = deflateSync(raw);
  }
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', new Uint8Array())]);
}

/** The start of a JPEG with a frame header (SOFn) of the given size; enough for the header check, not for decoding. */
export function jpegHeader(width: number, height: number, sof = 0xc0, components = 3): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const frame = Buffer.alloc(2 + 8 + components * 3);
  frame[0] = 0xff;
  frame[1] = sof;
  frame.writeUInt16BE(8 + components * 3, 2);
  frame[4] = 8;
  frame.writeUInt16BE(height, 5);
  frame.writeUInt16BE(width, 7);
  frame[9] = components;
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, frame, Buffer.from([0xff, 0xd9])]);
}

/** A real JPEG: the first page of a PDF rasterised by pdftoppm, scaled to `size` pixels on its long side. */
export function jpegFromPdf(pdf: string, outPrefix: string, size: number): Buffer {
  const result = spawnSync('pdftoppm', ['-jpeg', '-singlefile', '-f', '1', '-l', '1', '-scale-to', String(size), pdf, outPrefix], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftoppm could not make a JPEG (install poppler-utils): ${result.stderr}`);
  return readFileSync(`${outPrefix}.jpg`);
}

/** pdfimages -list: the images on each page (page, width, height). */
export function pdfImages(file: string): { page: number; width: number; height: number }[] {
  const result = spawnSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  if (result.error !== undefined || result.status !== 0) throw new Error(`pdfimages failed (install poppler-utils): ${result.stderr}`);
  return result.stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === 'image')
    .map((cols) => ({ page: Number(cols[0]), width: Number(cols[3]), height: Number(cols[4]) }));
}
