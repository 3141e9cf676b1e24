// Making file-system changes survive a crash or power cut: flushing a file's bytes, and a folder's entries (a rename
// or a new name is only durable once its folder is flushed). Used by restore, where the order on disk matters.
import { closeSync, fsyncSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function flushFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries. Windows cannot open a folder for this; there NTFS journals renames itself. */
export function flushFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes `text` so that after a crash the file holds either its old content or all of `text`. */
export function writeFileDurably(path: string, text: string): void {
  const partial = `${path}.partial`;
  writeFileSync(partial, text);
  flushFile(partial);
  renameSync(partial, path);
  flushFolder(dirname(path));
}
