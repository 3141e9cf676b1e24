// The JavaScript a first load of the built UI fetches before it can run (the entry script and its preloads),
// and its gzipped size. pdf.js must not be among it: it is loaded when a preview is first shown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { RENDERER_OUT } from './build';

export interface InitialJs {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

export function initialJs(): InitialJs {
  const html = readFileSync(join(RENDERER_OUT, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)].map((m) => (m[1] ?? m[2])!);
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(RENDERER_OUT, file.replace(/^\.?\//, '')));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}
