// Long work's threads give way to the threads that answer calls (electron/api/background-thread.ts): a worker that
// calls yieldToCallers() runs at nice 10 on Linux, and the thread that started it keeps its own priority; the import
// and export workers call it as they start.
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { exportBundle, insertDemoAssessments, startWorker } from '../../db';
import { BACKGROUND_NICE, kernelThreadId } from '../../electron/api/background-thread';
import { LongWork } from '../../electron/api/long-work';
import { tempDatabase } from '../db/temp';

/** The nice value of one of this process's threads, as the kernel reports it (/proc/self/task/<id>/stat, field 19). */
function niceOf(threadId: number): number {
  const stat = readFileSync(`/proc/self/task/${threadId}/stat`, 'utf8');
  // The thread's name (field 2) is in parentheses and may hold spaces: count the fields after its closing one.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

describe.runIf(process.platform === 'linux')('a long-work thread', () => {
  it('runs at the background priority while the thread that started it keeps its own', async () => {
    const own = kernelThreadId()!;
    const before = niceOf(own);
    const worker = startWorker(import.meta.url, '.', 'yield-worker');
    const { id, yielded } = await new Promise<{ id: number; yielded: boolean }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    try {
      expect(yielded).toBe(true);
      expect(id).not.toBe(own);
      expect(niceOf(id)).toBe(BACKGROUND_NICE);
      expect(niceOf(own)).toBe(before);
      expect(getPriority(own)).toBe(before);
    } finally {
      await worker.terminate();
    }
  });

  it('is what the import and export workers become, and the thread waiting on them is not', async () => {
    const { db, path, folder } = await tempDatabase();
    insertDemoAssessments(db, { count: 50, seed: 3, now: new Date('2026-02-01T00:00:00Z') });
    const ids = db.prepare('SELECT id FROM assessments').pluck().all() as string[];
    const text = JSON.stringify(exportBundle(db, ids));
    const target = { databasePath: path, nativeBinding: undefined };
    const work = new LongWork();
    const own = kernelThreadId()!;
    const before = niceOf(own);
    for (const [name, task] of [
      ['import', () => work.importBundle(() => db, target, { text })],
      ['export', () => work.exportBundle(target, ids, join(folder, 'out.json'))],
    ] as const) {
      const seen = new Set<number>();
      const sample = setInterval(() => {
        for (const id of readdirSync('/proc/self/task').map(Number)) {
          try {
            if (id !== own && niceOf(id) === BACKGROUND_NICE) seen.add(id);
          } catch {
            // The thread ended between the listing and the read.
          }
        }
      }, 1);
      try {
        await task();
      } finally {
        clearInterval(sample);
      }
      expect(seen.size, name).toBeGreaterThan(0);
      expect(niceOf(own), name).toBe(before);
    }
  });
});
