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
  writeFileAtomicFrom(path, [data]);
}

/** Pieces are gathered up to this size before each write: one system call per row would cost more than the rows. */
const WRITE_CHUNK_BYTES = 64 * 1024;

/**
 * Writes the pieces, in order, as one file that is complete or absent; memory holds one chunk at a time, so a file of
 * any size streams through. A piece that throws (an unknown id mid-bundle) leaves no file and no temporary behind.
 */
export function writeFileAtomicFrom(path: string, pieces: Iterable<Uint8Array | string>): void {
  const temporary = join(dirname(path), temporaryName(path));
  // A leftover from a crashed run of this same pid is ours to replace; 'wx' then refuses anything else in its way.
  rmSync(temporary, { force: true });
  let fd: number | null = null;
  const writeAll = (bytes: Uint8Array): void => {
    for (let offset = 0; offset < bytes.length;) offset += writeSync(fd!, bytes, offset, bytes.length - offset);
  };
  try {
    fd = openSync(temporary, 'wx', 0o644);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for (const piece of pieces) {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= WRITE_CHUNK_BYTES) {
        writeAll(Buffer.concat(pending, pendingBytes));
        pending = [];
        pendingBytes = 0;
      }
    }
    if (pendingBytes > 0) writeAll(Buffer.concat(pending, pendingBytes));
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
