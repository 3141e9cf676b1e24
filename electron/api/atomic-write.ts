// Writing a file so that it is either complete or absent: a temporary file in the same folder, flushed, renamed
// over the target, then the folder flushed so the rename itself survives a power cut.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cutToBytes, FILE_NAME_MAX_BYTES, utf8Length } from '../../shared/file-name';

/** The temporary file's name: the target's, cut (at a character boundary) so that the whole still fits the limit. */
function temporaryName(path: string): string {
  const suffix = `.${process.pid}.partial`;
  return `.${cutToBytes(basename(path), FILE_NAME_MAX_BYTES - 1 - utf8Length(suffix))}${suffix}`;
}

function flushFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot open a folder to flush it; the rename is still atomic there.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const temporary = join(dirname(path), temporaryName(path));
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  // A leftover from a crashed run of this same pid is ours to replace; 'wx' then refuses anything else in its way.
  rmSync(temporary, { force: true });
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx', 0o644);
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  flushFolder(dirname(path));
}
