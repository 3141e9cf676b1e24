// Maps a URL path to a file inside the built renderer folder, refusing anything that would escape it.
// Shared by the app:// protocol handler and the browser transport.
import { join, normalize, sep } from 'node:path';

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

