// Is a path on a network file system? A pure decision over /proc/mounts-like text, because WAL needs shared
// memory that NFS, SMB and friends do not provide: two machines writing one file there can corrupt it.

const NETWORK_TYPES = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb',
  'smb2',
  'smb3',
  'smbfs',
  'ncpfs',
  'afs',
  'coda',
  '9p',
  'ceph',
  'glusterfs',
  'lustre',
  'gpfs',
  'davfs',
  'fuse.sshfs',
  'fuse.davfs2',
  'fuse.rclone',
  'fuse.s3fs',
  'fuse.gcsfuse',
  'fuse.glusterfs',
  'fuse.cephfs',
]);

/** /proc/mounts escapes spaces and a few other characters as octal (\040). */
function unescapeMount(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

/** The network file system type the path lives on, or null. `path` must be absolute and resolved. */
export function networkFilesystemOf(path: string, mounts: string, platform: NodeJS.Platform = 'linux'): string | null {
  if (platform === 'win32') return /^(\\\\|\/\/)(?![?.]\\)/.test(path) ? 'smb' : null;
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 3) continue;
    const point = unescapeMount(parts[1]!);
    const type = parts[2]!;
    const inside = point === '/' || path === point || path.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (best === null || point.length >= best.point.length)) best = { point, type };
  }
  return best !== null && NETWORK_TYPES.has(best.type) ? best.type : null;
}
