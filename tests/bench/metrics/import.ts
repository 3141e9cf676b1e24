// ui.blockedDuringImport: the slowest answer `scopewise serve` gives a small call (settings.get, one every 10 ms) while
// it imports a 5,000-assessment bundle sent as the browser sends it (the file's bytes, application/octet-stream). The import runs in a
// worker (electron/api/long-work.ts) and every call in the services' worker (electron/api/service-host.ts), so the
// thread answering the port should never stall. Target: max ≤ 50 ms. prober_stall_max_ms is the prober's own longest
// pause (context: on a loaded machine it, not serve, makes the slowest answers).
// The bundle is made once per run from the cached 5,000-assessment demo database (tests/bench/demo-cache.ts).
import { ensureCliBundle } from '../../../build/cli-bundle.mjs';
import { exportBundle, openDatabase } from '../../../db';
import { closeDatabase } from '../../../electron/api/services';
import { ensureRendererBuilt } from '../../e2e/build';
import { startServe } from '../../serve/serve-process';
import { demoDatabaseCopy } from '../demo-cache';
import type { Metric } from '../harness';

const COUNT = 5000;
const PROBE_EVERY_MS = 10;

async function bundleText(count: number): Promise<string> {
  const { path } = await demoDatabaseCopy(count);
  const db = await openDatabase(path, { mounts: '', quickCheck: false });
  try {
    return JSON.stringify(exportBundle(db, db.prepare('SELECT id FROM assessments').pluck().all() as string[]));
  } finally {
    closeDatabase(db);
  }
}

async function post(origin: string, token: string, channel: string, body: unknown): Promise<{ ok: boolean }> {
  const bytes = body instanceof Uint8Array;
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'X-Scopewise-Token': token, 'Content-Type': bytes ? 'application/octet-stream' : 'application/json' },
    body: bytes ? new Blob([body as Uint8Array<ArrayBuffer>]) : JSON.stringify(body),
  });
  return (await response.json()) as { ok: boolean };
}

const round = (n: number): number => Math.round(n * 10) / 10;

export async function blockedDuringImport(count: number): Promise<Record<string, number>> {
  await ensureRendererBuilt();
  await ensureCliBundle();
  const text = await bundleText(count);
  const serve = await startServe();
  try {
    // The prober's own pauses (this process descheduled on a loaded machine) lengthen the answers it times; the
    // longest is reported beside them, so a slow answer the server did not cause can be told apart.
    let probeStall = 0;
    let ticked = performance.now();
    const stallTimer = setInterval(() => {
      const now = performance.now();
      probeStall = Math.max(probeStall, now - ticked);
      ticked = now;
    }, 5);
    const started = performance.now();
    let importing = true;
    const imported = post(serve.origin, serve.token, 'bundles.import', new TextEncoder().encode(text)).finally(() => (importing = false));
    const answers: number[] = [];
    while (importing) {
      const asked = performance.now();
      const answer = await post(serve.origin, serve.token, 'settings.get', {});
      if (!answer.ok) throw new Error('settings.get failed during the import');
      answers.push(performance.now() - asked);
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
    }
    clearInterval(stallTimer);
    if (!(await imported).ok) throw new Error('the import failed');
    const importMs = performance.now() - started;
    answers.sort((a, b) => a - b);
    return {
      max_ms: round(answers.at(-1) ?? 0),
      p95_ms: round(answers[Math.max(0, Math.ceil(answers.length * 0.95) - 1)] ?? 0),
      probes: answers.length,
      prober_stall_max_ms: round(probeStall),
      import_ms: Math.round(importMs),
      bundle_mb: round(Buffer.byteLength(text) / 1024 / 1024),
    };
  } finally {
    await serve.stop();
  }
}

export const metrics: Metric[] = [{ name: 'ui.blockedDuringImport', target: 'max ≤ 50 ms', run: () => blockedDuringImport(COUNT) }];
