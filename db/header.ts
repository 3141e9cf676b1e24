// Reading a database file's 100-byte SQLite header before SQLite touches it: a pure decision on bytes, no I/O.
// Lets openDatabase refuse garbage, truncated and foreign files without ever opening them for writing.

/** PRAGMA application_id of every Scopewise database: "SCPW" in ASCII. */
export const SCOPEWISE_APPLICATION_ID = 0x53435057;

const MAGIC = 'SQLite format 3\u0000';
export const HEADER_BYTES = 100;

export type HeaderVerdict =
  | { kind: 'empty' }
  | { kind: 'sqlite'; applicationId: number; userVersion: number; pageSize: number; pageCount: number }
  | { kind: 'refused'; reason: 'not-sqlite' | 'truncated'; detail: string };

/**
 * What the first bytes of a file say. `fileSize` is the whole file's size; `hasWal` is true when a non-empty
 * `-wal` file sits beside it, in which case the main file may legitimately lag behind (pages still in the WAL).
 */
export function inspectHeader(header: Uint8Array, fileSize: number, hasWal: boolean): HeaderVerdict {
  // A zero-byte file is an empty database to SQLite (and, with a WAL beside it, one never checkpointed yet).
  if (fileSize === 0) return { kind: 'empty' };
  if (fileSize < HEADER_BYTES || header.length < HEADER_BYTES) {
    const prefix = Buffer.from(header.subarray(0, Math.min(header.length, MAGIC.length))).toString('latin1');
    return MAGIC.startsWith(prefix) && prefix.length > 0
      ? { kind: 'refused', reason: 'truncated', detail: `only ${fileSize} bytes, shorter than a database header` }
      : { kind: 'refused', reason: 'not-sqlite', detail: 'it does not start like a SQLite database' };
  }
  if (Buffer.from(header.subarray(0, 16)).toString('latin1') !== MAGIC) {
    return { kind: 'refused', reason: 'not-sqlite', detail: 'it does not start like a SQLite database' };
  }
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    return { kind: 'refused', reason: 'not-sqlite', detail: 'its header names an impossible page size' };
  }
  const changeCounter = view.getUint32(24);
  const pageCount = view.getUint32(28);
  const versionValidFor = view.getUint32(92);
  const userVersion = view.getInt32(60);
  const applicationId = view.getInt32(68);
  if (!hasWal) {
    // The in-header size is trustworthy only when it was written by the same change as the counter.
    const expected = changeCounter === versionValidFor && pageCount > 0 ? pageCount * pageSize : 0;
    if (fileSize % pageSize !== 0 || fileSize < expected) {
      return { kind: 'refused', reason: 'truncated', detail: `${fileSize} bytes where its header promises ${Math.max(expected, pageSize)}` };
    }
  }
  return { kind: 'sqlite', applicationId, userVersion, pageSize, pageCount };
}
