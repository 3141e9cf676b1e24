#!/usr/bin/env node
// Draws the Scopewise icon (a white scope reticle with an amber centre on a navy-to-teal tile) and writes it as
// PNGs and a Windows .ico into build/, using only node:zlib. `--check` writes nothing and exits 1 if the
// committed files' pixels differ from what this script draws. Run from anywhere: `node build/make-icons.mjs`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateSync } from 'node:zlib';

const BUILD = dirname(fileURLToPath(import.meta.url));
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

// ---- drawing: signed distances in units of the icon's side, turned into anti-aliased coverage per pixel ----

const TILE = { inset: 0.07, radius: 0.19 };
const TOP_LEFT = [0x1b, 0x3a, 0x5c]; // deep navy
const BOTTOM_RIGHT = [0x1f, 0x7a, 0x7a]; // teal
const WHITE = [0xff, 0xff, 0xff];
const AMBER = [0xf4, 0xb7, 0x40];

function roundedSquare(x, y) {
  const half = 0.5 - TILE.inset;
  const qx = Math.abs(x - 0.5) - (half - TILE.radius);
  const qy = Math.abs(y - 0.5) - (half - TILE.radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - TILE.radius;
}

function ring(x, y, radius, width) {
  return Math.abs(Math.hypot(x - 0.5, y - 0.5) - radius) - width / 2;
}

function segment(x, y, ax, ay, bx, by, width) {
  const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - width / 2;
}

/** Four short ticks outside the ring: a "find the focus" mark rather than a letter O. */
function ticks(x, y) {
  const [inner, outer, width] = [0.25, 0.36, 0.05];
  return Math.min(
    segment(x, y, 0.5, 0.5 - outer, 0.5, 0.5 - inner, width),
    segment(x, y, 0.5, 0.5 + inner, 0.5, 0.5 + outer, width),
    segment(x, y, 0.5 - outer, 0.5, 0.5 - inner, 0.5, width),
    segment(x, y, 0.5 + inner, 0.5, 0.5 + outer, 0.5, width),
  );
}

function coverage(distance, size) {
  return Math.max(0, Math.min(1, 0.5 - distance * size));
}

/** Straight (non-premultiplied) RGBA pixels, row by row. */
export function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const x = (col + 0.5) / size;
      const y = (row + 0.5) / size;
      const tile = coverage(roundedSquare(x, y), size);
      if (tile === 0) continue;
      const t = Math.max(0, Math.min(1, (x + y - 2 * TILE.inset) / (2 - 4 * TILE.inset)));
      let color = TOP_LEFT.map((c, i) => c + (BOTTOM_RIGHT[i] - c) * t);
      const mark = coverage(Math.min(ring(x, y, 0.235, 0.055), ticks(x, y)), size);
      color = color.map((c, i) => c + (WHITE[i] - c) * mark);
      const dot = coverage(Math.hypot(x - 0.5, y - 0.5) - 0.075, size);
      color = color.map((c, i) => c + (AMBER[i] - c) * dot);
      const at = (row * size + col) * 4;
      pixels[at] = Math.round(color[0]);
      pixels[at + 1] = Math.round(color[1]);
      pixels[at + 2] = Math.round(color[2]);
      pixels[at + 3] = Math.round(tile * 255);
    }
  }
  return pixels;
}

// ---- PNG and ICO encoding ----

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Each scanline prefixed with filter type 0 (none), as PNG stores it before compression. */
function scanlines(pixels, size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) pixels.copy(raw, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  return raw;
}

export function encodePng(pixels, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter choice, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines(pixels, size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An .ico whose entries are PNGs (supported since Windows Vista; electron-builder needs a 256 px entry). */
export function encodeIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map(({ png }) => png)]);
}

/** The scanlines a PNG holds, decompressed, so a check compares pixels rather than one zlib's exact bytes. */
function pngScanlines(png) {
  const parts = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return inflateSync(Buffer.concat(parts));
}

function icoPngs(ico) {
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => {
    const entry = 6 + 16 * i;
    return ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
  });
}

// ---- the files ----

function iconFiles() {
  const pngs = new Map([...new Set([...LINUX_SIZES, ...ICO_SIZES])].map((size) => [size, encodePng(drawIcon(size), size)]));
  return [
    { path: 'icon.png', size: 512, png: pngs.get(512) },
    ...LINUX_SIZES.map((size) => ({ path: join('icons', `${size}x${size}.png`), size, png: pngs.get(size) })),
    { path: 'icon.ico', ico: encodeIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))), sizes: ICO_SIZES },
  ];
}

function check() {
  const stale = [];
  for (const file of iconFiles()) {
    let committed;
    try {
      committed = readFileSync(join(BUILD, file.path));
    } catch {
      stale.push(`${file.path} (missing)`);
      continue;
    }
    const expected = file.ico ? icoPngs(file.ico) : [file.png];
    const actual = file.ico ? icoPngs(committed) : [committed];
    const same = expected.length === actual.length && expected.every((png, i) => pngScanlines(png).equals(pngScanlines(actual[i])));
    if (!same) stale.push(file.path);
  }
  if (stale.length > 0) {
    console.error(`build/make-icons.mjs: these icons differ from what the script draws: ${stale.join(', ')}; run node build/make-icons.mjs`);
    process.exit(1);
  }
}

function write() {
  mkdirSync(join(BUILD, 'icons'), { recursive: true });
  for (const file of iconFiles()) {
    writeFileSync(join(BUILD, file.path), file.ico ?? file.png);
    console.log(`wrote build/${file.path}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) check();
  else write();
}
