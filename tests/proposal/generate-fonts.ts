// Regenerates shared/proposal/fonts/*.ttf and SHA256SUMS from Debian's font packages.
// Run: apt-get install -y fonts-dejavu-core fonts-wqy-microhei fonts-arundina && npx tsx tests/proposal/generate-fonts.ts
// The app never reads these system files: the font files are committed, with the licences beside them.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { parseTrueType, writeTrueType } from '../../shared/proposal/truetype';

const out = fileURLToPath(new URL('../../shared/proposal/fonts/', import.meta.url));

interface Source {
  /** The file written in shared/proposal/fonts. */
  module: string;
  path: string;
  package: string;
  licence: string;
  /** Keep the file byte for byte, or rebuild it from the listed tables (a collection's first face, without shaping and vertical tables). */
  tables?: readonly string[];
}

const SOURCES: readonly Source[] = [
  {
    module: 'dejavu-sans.ttf',
    path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    package: 'fonts-dejavu-core',
    licence: 'LICENSE-DejaVu.txt',
  },
  {
    module: 'dejavu-sans-bold.ttf',
    path: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    package: 'fonts-dejavu-core',
    licence: 'LICENSE-DejaVu.txt',
  },
  {
    module: 'arundina-sans.ttf',
    path: '/usr/share/fonts/truetype/arundina/ArundinaSans.ttf',
    package: 'fonts-arundina',
    licence: 'LICENSE-Arundina.txt',
  },
  {
    module: 'wqy-microhei.ttf',
    path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
    package: 'fonts-wqy-microhei',
    licence: 'LICENSE-WenQuanYi.txt',
    tables: ['head', 'hhea', 'maxp', 'OS/2', 'hmtx', 'loca', 'glyf', 'cmap', 'cvt ', 'fpgm', 'prep', 'name'],
  },
];

function readSource(source: Source): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(source.path));
  } catch {
    throw new Error(`${source.path} is missing: apt-get install -y ${source.package}`);
  }
  if (source.tables === undefined) return bytes;
  const font = parseTrueType(bytes);
  const tables: [string, Uint8Array][] = [];
  for (const name of source.tables) {
    const table = font.tables.get(name);
    if (table !== undefined) tables.push([name, bytes.slice(table.offset, table.offset + table.length)]);
  }
  // Glyph names are not needed in a PDF: a version 3 post table keeps the metrics and drops half a megabyte.
  const post = font.tables.get('post');
  const post3 = new Uint8Array(32);
  if (post !== undefined) post3.set(bytes.subarray(post.offset, post.offset + 32));
  new DataView(post3.buffer).setUint32(0, 0x00030000);
  tables.push(['post', post3]);
  return writeTrueType(tables);
}

const sums: string[] = [];
for (const source of SOURCES) {
  const bytes = readSource(source);
  parseTrueType(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(`${out}${source.module}`, bytes);
  sums.push(`${sha256}  ${source.module}`);
  process.stdout.write(`${source.module}: ${bytes.length} bytes, sha256 ${sha256} (licence ${source.licence})\n`);
}
writeFileSync(`${out}SHA256SUMS`, `${sums.join('\n')}\n`);
