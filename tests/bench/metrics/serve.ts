// mem.serve10k: resident memory of `scopewise serve` over a 10,000-assessment database after listing and searching.
// Target: under 200 MB. The database is filled by the CLI's demo command, as a user would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServe } from '../../serve/serve-process';
import { ensureCliBundle } from '../../../build/cli-bundle.mjs';
import { ensureRendererBuilt } from '../../e2e/build';
import { demoDatabaseCopy } from '../demo-cache';
import { measure, type Metric } from '../harness';

function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return Math.round((kb / 1024) * 10) / 10;
}

async function post(origin: string, token: string, channel: string, body: unknown): Promise<void> {
  const response = await fetch(`${origin}/api/${channel}`, { method: 'POST', headers: { 'X-Scopewise-Token': token }, body: JSON.stringify(body) });
  const result = (await response.json()) as { ok: boolean };
  if (!result.ok) throw new Error(`${channel} failed during the memory run`);
}

/** Serves the database, pages, searches and filters the list as a user would, and reads serve's resident memory. */
async function serveMemory(databasePath: string): Promise<{ rss_mb: number }> {
  const serve = await startServe({ databasePath });
  try {
    for (let page = 0; page < 20; page++) await post(serve.origin, serve.token, 'assessments.list', { page });
    for (const search of ['a', 'mo', 'zoe', 'shop', 'Пл', '株', 'portal']) await post(serve.origin, serve.token, 'assessments.list', { search });
    for (const status of ['draft', 'final', 'sent']) await post(serve.origin, serve.token, 'assessments.list', { status, sort: 'clientName' });
    return { rss_mb: rssMb(serve.child.pid!) };
  } finally {
    await serve.stop();
  }
}

export const metrics: Metric[] = [
  {
    name: 'mem.serve10k',
    target: 'rss_mb < 200',
    run: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'scopewise-mem-'));
      const databasePath = join(dir, 'scopewise.db');
      try {
        execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'demo', '--count', '10000', '--db', databasePath], { stdio: 'ignore' });
        return await serveMemory(databasePath);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  },
  // serve.start (.100k): spawn of `scopewise serve` (as tests/serve/serve-process.ts starts it) to its URL line on stdout,
  // over a copy of the cached demo database. Target: median ≤ 400 ms.
  ...[10_000, 100_000].map((count): Metric => ({
    name: `serve.start${count > 10_000 ? '.100k' : ''}`,
    target: 'median ≤ 400 ms',
    run: async () => {
      await ensureRendererBuilt();
      await ensureCliBundle();
      const { path } = await demoDatabaseCopy(count);
      return measure(async () => (await startServe({ databasePath: path })).stop(), count > 10_000 ? 8 : 15, 1);
    },
  })),
  // mem.serve100k: as mem.serve10k, over the cached 100,000-assessment database. Target: under 200 MB.
  {
    name: 'mem.serve100k',
    target: 'rss_mb < 200',
    run: async () => {
      const { path } = await demoDatabaseCopy(100_000);
      return serveMemory(path);
    },
  },
];
