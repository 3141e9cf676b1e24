// TLS to the team database with sslmode=verify-full: a server whose certificate chains to the given CA and names the
// host is accepted; another CA, or a host name the certificate does not name, is refused with a clear message.
import { execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from '../../db';
import { cli } from '../cli/cli-helpers';
import { tempFolder } from '../db/temp';
import { newDevice, PASSWORD, useTeamCluster, type TeamFixture } from './team-fixture';

const pg = useTeamCluster();
let certs: string;
let team: TeamFixture;

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: 'ignore' });
}

/** A certificate authority (and a second, unrelated one) and a server certificate for 127.0.0.1 signed by the first. */
function makeCertificates(folder: string): void {
  for (const ca of ['ca', 'other-ca'])
    openssl(
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=Scopewise test ${ca}`, '-keyout', `${ca}.key`, '-out', `${ca}.pem`],
      folder,
    );
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', 'server.key', '-out', 'server.csr'], folder);
  writeFileSync(join(folder, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl(
    ['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '2', '-extfile', 'san.ext'],
    folder,
  );
}

beforeAll(async () => {
  certs = tempFolder();
  makeCertificates(certs);
  // The server reads its key as the postgres user, from inside its own folder.
  const { cluster } = pg;
  for (const file of ['server.crt', 'server.key']) {
    const target = join(cluster.folder, file);
    execFileSync('cp', [join(certs, file), target]);
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
      chownSync(target, uid, gid);
    }
    execFileSync('chmod', ['600', target]);
  }
  // alice may only connect over TLS here, so her successful sync proves the connection was encrypted.
  const hba = join(cluster.data, 'pg_hba.conf');
  writeFileSync(hba, `hostnossl all alice 127.0.0.1/32 reject\n${readFileSync(hba, 'utf8')}`);
  appendFileSync(
    join(cluster.data, 'postgresql.conf'),
    `\nssl = on\nssl_cert_file = '${join(cluster.folder, 'server.crt')}'\nssl_key_file = '${join(cluster.folder, 'server.key')}'\n`,
  );
  cluster.stop();
  await cluster.start();
  team = await pg.newTeam();
}, 120_000);

function tlsUrl(host: string, ca: string): string {
  return `postgres://alice:${encodeURIComponent(PASSWORD)}@${host}:${pg.cluster.port}/${team.name}?sslmode=verify-full&sslrootcert=${encodeURIComponent(join(certs, ca))}`;
}

describe('TLS to the team database (sslmode=verify-full)', () => {
  it('syncs over TLS when the certificate chains to the given CA and names the host', async () => {
    const device = await newDevice();
    const db = await device.open();
    createAssessment(db, { projectTitle: 'Over TLS' });
    db.close();
    const result = await cli(['sync', '--db', device.path, '--team-url', tlsUrl('127.0.0.1', 'ca.pem'), '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ pushed: 1 });
  });

  it('cannot sync as that role without TLS', async () => {
    const device = await newDevice();
    const plain = await cli(['sync', '--db', device.path, '--team-url', team.url('alice')]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/may not log in here/);
  });

  it('refuses a server whose certificate another CA signed, or that does not name the host, with a clear message', async () => {
    const device = await newDevice();
    const stranger = await cli(['sync', '--db', device.path, '--team-url', tlsUrl('127.0.0.1', 'other-ca.pem')]);
    expect(stranger.code).toBe(1);
    expect(stranger.stderr).toMatch(/TLS certificate was not accepted/);
    const wrongName = await cli(['sync', '--db', device.path, '--team-url', tlsUrl('localhost', 'ca.pem')]);
    expect(wrongName.code).toBe(1);
    expect(wrongName.stderr).toMatch(/TLS certificate was not accepted/);
  });
});
