// The integrity check's worker is a module of its own (db/integrity-worker.ts), type-checked and linted, started from
// its source under tests and from the bundles it is built into: the CLI's out/cli and the app's out/main.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

import { describe, expect, it } from 'vitest';

import { CLI_DIR, ensureCliBundle } from '../../build/cli-bundle.mjs';
import type { CheckResult, IntegrityWorkerData } from '../../db/integrity-worker';
import { startWorker } from '../../db/worker-file';
import { closeDatabase } from '../../electron/api/services';
import { tempDatabase } from './temp';

const module = createRequire(import.meta.url).resolve('better-sqlite3');

function answer(worker: Worker): Promise<CheckResult> {
  return new Promise((settle, fail) => {
    worker.once('message', settle);
    worker.once('error', fail);
  });
}

async function checkedDatabase(): Promise<string> {
  const { db, path } = await tempDatabase();
  closeDatabase(db);
  return path;
}

describe('the integrity worker', () => {
  it('answers ok for a sound database, started from its TypeScript source', async () => {
    const data: IntegrityWorkerData = { file: await checkedDatabase(), module, nativeBinding: null };
    const worker = startWorker(pathToFileURL(join(import.meta.dirname, '../../db/integrity-schedule.ts')).href, '.', 'integrity-worker', { workerData: data });
    expect(await answer(worker)).toEqual({ ok: true, result: 'ok' });
  });

  it('names the problem of a file that is not a database, from the CLI bundle', async () => {
    await ensureCliBundle();
    const file = `${await checkedDatabase()}.junk`;
    writeFileSync(file, 'not a database at all, only text '.repeat(200));
    const data: IntegrityWorkerData = { file, module, nativeBinding: null };
    const worker = new Worker(pathToFileURL(join(CLI_DIR, 'integrity-worker.mjs')), { workerData: data });
    const result = await answer(worker);
    expect(result.ok).toBe(false);
    expect(result.code).toBe('SQLITE_NOTADB');
  });
});
