// A real PostgreSQL cluster for one test file: initdb into a temporary folder owned by the `postgres` user (initdb
// refuses root), started with pg_ctl on 127.0.0.1 at a free port, stopped and removed in afterAll.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SUPERUSER = 'cluster_admin';
export const SUPERUSER_PASSWORD = 'admin-secret';

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  const version = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (version === undefined) throw new Error('PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb missing): apt-get install -y postgresql');
  return join(root, version, 'bin');
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** Runs a PostgreSQL program as the postgres user when we are root, else as ourselves. */
function asPostgres(program: string, args: string[]): string {
  const bin = join(binDir(), program);
  const root = process.getuid?.() === 0;
  return execFileSync(root ? 'runuser' : bin, root ? ['-u', 'postgres', '--', bin, ...args] : args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export class PgCluster {
  readonly folder: string;
  readonly data: string;
  readonly port: number;
  private running = false;

  private constructor(folder: string, port: number) {
    this.folder = folder;
    this.data = join(folder, 'data');
    this.port = port;
  }

  /** A new cluster with a password-authenticated superuser (scram-sha-256 for every TCP login). */
  static async create(): Promise<PgCluster> {
    const folder = mkdtempSync(join(tmpdir(), 'scopewise-pg-'));
    chmodSync(folder, 0o755);
    if (process.getuid?.() === 0) {
      const { uid, gid } = postgresIds();
      chownSync(folder, uid, gid);
    }
    const cluster = new PgCluster(folder, await freePort());
    const pwfile = join(folder, 'pwfile');
    writeFileSync(pwfile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o600 });
    if (process.getuid?.() === 0) {
      const { uid, gid } = postgresIds();
      chownSync(pwfile, uid, gid);
    }
    asPostgres('initdb', [
      '-D',
      cluster.data,
      '--username',
      SUPERUSER,
      '--pwfile',
      pwfile,
      '--auth-host=scram-sha-256',
      '--auth-local=trust',
      '-E',
      'UTF8',
      '--no-instructions',
    ]);
    rmSync(pwfile);
    await cluster.start();
    return cluster;
  }

  async start(): Promise<void> {
    asPostgres('pg_ctl', [
      '-D',
      this.data,
      '-l',
      join(this.folder, 'log'),
      '-w',
      '-o',
      `-p ${this.port} -k ${this.folder} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
    this.running = true;
  }

  stop(mode: 'fast' | 'immediate' = 'fast'): void {
    if (!this.running) return;
    asPostgres('pg_ctl', ['-D', this.data, '-w', '-m', mode, 'stop']);
    this.running = false;
  }

  /** Runs SQL as the superuser through psql over the cluster's socket (setup only: roles and databases). */
  psql(sql: string, database = 'postgres', user = SUPERUSER): string {
    return asPostgres('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', this.folder, '-p', String(this.port), '-U', user, '-d', database, '-c', sql]);
  }

  url(user: string, password: string | null, database: string): string {
    const auth = password === null ? encodeURIComponent(user) : `${encodeURIComponent(user)}:${encodeURIComponent(password)}`;
    return `postgres://${auth}@127.0.0.1:${this.port}/${database}`;
  }

  destroy(): void {
    try {
      this.stop('immediate');
    } finally {
      rmSync(this.folder, { recursive: true, force: true });
    }
  }
}
