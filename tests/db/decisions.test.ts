// The pure decisions of the db layer: header verdicts, network file systems, backup retention, revision coalescing.
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsToDelete,
  inspectHeader,
  isBackupDue,
  networkFilesystemOf,
  parseBackupFileName,
  shouldCoalesce,
  SCOPEWISE_APPLICATION_ID,
} from '../../db';

function header(fields: { pageSize?: number; pageCount?: number; userVersion?: number; applicationId?: number } = {}): Uint8Array {
  const bytes = new Uint8Array(100);
  bytes.set(Buffer.from('SQLite format 3\u0000', 'latin1'));
  const view = new DataView(bytes.buffer);
  view.setUint16(16, fields.pageSize ?? 4096);
  view.setUint32(24, 7);
  view.setUint32(28, fields.pageCount ?? 2);
  view.setInt32(60, fields.userVersion ?? 1);
  view.setInt32(68, fields.applicationId ?? SCOPEWISE_APPLICATION_ID);
  view.setUint32(92, 7);
  return bytes;
}

describe('inspectHeader', () => {
  it('reads a whole database’s header', () => {
    expect(inspectHeader(header(), 8192, false)).toEqual({
      kind: 'sqlite',
      applicationId: SCOPEWISE_APPLICATION_ID,
      userVersion: 1,
      pageSize: 4096,
      pageCount: 2,
    });
  });
  it('calls a zero-byte file empty, and text not SQLite', () => {
    expect(inspectHeader(new Uint8Array(), 0, false)).toEqual({ kind: 'empty' });
    expect(inspectHeader(new TextEncoder().encode('x'.repeat(100)), 100, false)).toMatchObject({ kind: 'refused', reason: 'not-sqlite' });
  });
  it('calls a file shorter than its header promises truncated, unless a WAL may hold the rest', () => {
    expect(inspectHeader(header({ pageCount: 3 }), 8192, false)).toMatchObject({ kind: 'refused', reason: 'truncated' });
    expect(inspectHeader(header(), 5000, false)).toMatchObject({ kind: 'refused', reason: 'truncated' });
    expect(inspectHeader(header().subarray(0, 40), 40, false)).toMatchObject({ kind: 'refused', reason: 'truncated' });
    expect(inspectHeader(header({ pageCount: 3 }), 8192, true)).toMatchObject({ kind: 'sqlite' });
  });
  it('refuses an impossible page size', () => {
    expect(inspectHeader(header({ pageSize: 1000 }), 8192, false)).toMatchObject({ kind: 'refused', reason: 'not-sqlite' });
  });
});

describe('networkFilesystemOf', () => {
  const mounts = [
    '/dev/sda1 / ext4 rw 0 0',
    'server:/home /home nfs4 rw 0 0',
    '/dev/sdb1 /home/local ext4 rw 0 0',
    '//nas/share /mnt/My\\040Share cifs rw 0 0',
    'sshfs#me@h: /mnt/ssh fuse.sshfs rw 0 0',
  ].join('\n');
  it('names the network file system of the longest matching mount point', () => {
    expect(networkFilesystemOf('/home/ana/scopewise.db', mounts)).toBe('nfs4');
    expect(networkFilesystemOf('/home/local/scopewise.db', mounts)).toBeNull();
    expect(networkFilesystemOf('/homework/scopewise.db', mounts)).toBeNull();
    expect(networkFilesystemOf('/mnt/My Share/scopewise.db', mounts)).toBe('cifs');
    expect(networkFilesystemOf('/mnt/ssh/a.db', mounts)).toBe('fuse.sshfs');
    expect(networkFilesystemOf('/tmp/a.db', '')).toBeNull();
  });
  it('treats a Windows UNC path as a network share', () => {
    expect(networkFilesystemOf('\\\\server\\share\\scopewise.db', '', 'win32')).toBe('smb');
    expect(networkFilesystemOf('C:\\Users\\ana\\scopewise.db', '', 'win32')).toBeNull();
  });
});

describe('backup retention', () => {
  const at = (day: number): Date => new Date(Date.UTC(2025, 0, day, 8, 30));
  it('names backups so that they sort by time and parse back', () => {
    const name = backupFileName(at(5), 'before-migration-2');
    expect(name).toBe('scopewise-20250105T083000000Z-before-migration-2.db');
    expect(parseBackupFileName(name)).toEqual({ name, takenAt: at(5), reason: 'before-migration-2' });
    expect(parseBackupFileName('notes.txt')).toBeNull();
  });
  it('keeps the newest seven, whatever their reason, and never names other files', () => {
    const names = [...Array.from({ length: 10 }, (_, i) => backupFileName(at(i + 1), i % 2 ? 'daily' : 'manual')), 'README.txt', 'scopewise.db'];
    expect(backupsToDelete(names).sort()).toEqual([backupFileName(at(1), 'manual'), backupFileName(at(2), 'daily'), backupFileName(at(3), 'manual')]);
    expect(backupsToDelete(names.slice(0, 7))).toEqual([]);
  });
  it('never names a before-restore backup, nor counts it among the seven, until it is dismissed', () => {
    const kept = backupFileName(at(1), 'before-restore');
    const names = [kept, ...Array.from({ length: 9 }, (_, i) => backupFileName(at(i + 2), 'daily'))];
    expect(backupsToDelete(names)).toEqual([backupFileName(at(3), 'daily'), backupFileName(at(2), 'daily')]);
    expect(backupsToDelete([backupFileName(at(1), 'restore-dismissed'), ...names.slice(1)])).toContain(backupFileName(at(1), 'restore-dismissed'));
  });
  it('is due when there is no backup or the newest is a day old', () => {
    expect(isBackupDue(null, at(1))).toBe(true);
    expect(isBackupDue(at(1), new Date(at(2).getTime() - 1))).toBe(false);
    expect(isBackupDue(at(1), at(2))).toBe(true);
    expect(isBackupDue(at(9), at(1))).toBe(true);
  });
});

describe('revision coalescing', () => {
  const start = '2025-01-01T10:00:00.000Z';
  it('coalesces for one minute after a revision starts, never into an exported one', () => {
    expect(shouldCoalesce(start, new Date('2025-01-01T10:00:59.999Z'), false)).toBe(true);
    expect(shouldCoalesce(start, new Date('2025-01-01T10:01:00.000Z'), false)).toBe(false);
    expect(shouldCoalesce(start, new Date('2025-01-01T10:00:10.000Z'), true)).toBe(false);
    expect(shouldCoalesce(start, new Date('2025-01-01T09:59:00.000Z'), false)).toBe(false);
  });
});
