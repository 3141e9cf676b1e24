// Maps a URL path to a file inside the built renderer folder, refusing anything that would escape it.
// Shared by the app:// protocol handler (electron/main/protocol.ts) and the browser transport (electron/serve/server.ts).
import { extname, join, normalize, sep } from 'node:path';

/** Resolves a URL path inside the renderer folder, or null when it would escape it. */
export function staticPath(rendererDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const full = join(rendererDir, relative);
  return full === rendererDir || full.startsWith(rendererDir.endsWith(sep) ? rendererDir : rendererDir + sep) ? full : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
}
