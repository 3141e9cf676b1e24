// The JavaScript a first load of the built UI fetches before it can run (the entry script and its preloads),
// and its gzipped size. pdf.js must not be among it: it is loaded when a preview is first shown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { RENDERER_OUT } from './build';

export interface InitialJs {
  files: string[];
  /** The files' names without Vite's content hash ("index" for assets/index-wOwOPdFQ.js): a hash can spell "PdF". */
  names: string[];
  /** Whether any of them holds pdf.js (its GlobalWorkerOptions). */
  includesPdfJs: boolean;
  bytes: number;
  gzipBytes: number;
}

export function initialJs(): InitialJs {
  const html = readFileSync(join(RENDERER_OUT, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) => (m[1] ?? m[2])!);
  let bytes = 0;
  let gzipBytes = 0;
  let includesPdfJs = false;
  for (const file of files) {
    const content = readFileSync(join(RENDERER_OUT, file.replace(/^\.?\//, '')));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
    if (content.includes('GlobalWorkerOptions')) includesPdfJs = true;
  }
  const names = files.map((file) => file.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''));
  return { files, names, includesPdfJs, bytes, gzipBytes };
}
