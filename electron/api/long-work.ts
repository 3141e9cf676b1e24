// Long work off the thread that answers calls: a bundle import or export runs in a worker thread with a connection of
// its own, tells its progress (the tasks.progress channel) and can be cancelled (tasks.cancel) without leaving anything
// half-written: the import's one transaction is rolled back, the export's file is never written. A backup and a
// restore tell their progress here too. An import and a restore run alone (exclusive): while one runs, writes from
// other calls wait for it (electron/api/integrity-gate.ts) instead of blocking this thread on SQLite's busy timeout,
// and the main connection gives up at once on a write it cannot get (a search's index catch-up then leaves its
// backlog for later, db/search-backlog.ts). An export only reads until its last short write, so saves go on meanwhile.
import type { ResourceLimits } from 'node:worker_threads';

import type { Database } from '../../db';
import { startWorker } from '../../db';
import type { ImportReport as ApiImportReport, TaskProgress } from '../../shared/api/types';
import type { WrittenBundle } from './bundle-export';
import { type ErrorData, errorFromData } from './error-transfer';
import type { ExportWorkerData } from './export-worker';
import type { ImportSource, ImportWorkerData } from './import-worker';

type Report = Omit<ApiImportReport, 'cancelled'>;

/** A long-work worker's messages: progress any number of times, then exactly one of done, cancelled or failed. */
export type TaskMessage<T> =
  | { kind: 'progress'; phase: TaskProgress['phase']; done: number; total: number }
  | { kind: 'done'; value: T }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: ErrorData };

/** The busy timeout every connection has (db/open.ts); restored when the task ends. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * The ArrayBuffer holding exactly the bundle's bytes, to hand over to the worker without a copy; a view into a larger
 * buffer (a pooled one) is copied out first, and `source` then points at the copy.
 */
function ownBuffer(source: { bytes: Uint8Array }): ArrayBuffer {
  const { bytes } = source;
  if (bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes.buffer;
  source.bytes = bytes.slice();
  return source.bytes.buffer as ArrayBuffer;
}

/** One task running: how far it is, and its cancel flag (one Int32 a worker reads, or read here between steps). */
export interface RunningTask {
  progress: TaskProgress;
  readonly cancel: Int32Array;
  /** True once tasks.cancel asked this task to stop. */
  readonly cancelled: () => boolean;
  tell(phase: TaskProgress['phase'], done: number, total: number): void;
}

export class LongWork {
  readonly #running: RunningTask[] = [];
  #queue: Promise<void> = Promise.resolve();

  /** The task started last of those running now and how far it is, or null. */
  progress(): TaskProgress | null {
    const task = this.#running.at(-1);
    return task === undefined ? null : { ...task.progress };
  }

  /** Asks every running task to stop; true when there was one. Each stops at its next step and writes nothing. */
  cancel(): boolean {
    for (const task of this.#running) Atomics.store(task.cancel, 0, 1);
    return this.#running.length > 0;
  }

  /** Resolves once no exclusive task runs and none waits to (at once when none does). */
  async idle(): Promise<void> {
    for (let queue = this.#queue; ; queue = this.#queue) {
      await queue;
      if (queue === this.#queue) return;
    }
  }

  /**
   * Runs `task` alone: after every task already queued, and with every write through the integrity gate waiting for
   * it (electron/api/integrity-gate.ts). A bundle import runs this way, and so does a restore, which replaces the file.
   */
  async exclusive<T>(task: () => Promise<T>): Promise<T> {
    const before = this.#queue;
    let release = (): void => undefined;
    this.#queue = new Promise<void>((resolve) => (release = resolve));
    try {
      await before;
      return await task();
    } finally {
      release();
    }
  }

  /** Runs `work` as a task that tasks.progress shows and tasks.cancel can stop (through the task's flag). */
  async track<T>(name: TaskProgress['task'], phase: TaskProgress['phase'], work: (task: RunningTask) => Promise<T>): Promise<T> {
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    const task: RunningTask = {
      progress: { task: name, phase, done: 0, total: 0 },
      cancel,
      cancelled: () => Atomics.load(cancel, 0) !== 0,
      tell: (next, done, total) => void (task.progress = { task: name, phase: next, done, total }),
    };
    this.#running.push(task);
    try {
      return await work(task);
    } finally {
      this.#running.splice(this.#running.indexOf(task), 1);
    }
  }

  /**
   * Imports a bundle (a file, its text or its bytes) into the database at `databasePath` in a worker; `db` gives this
   * thread's connection as it is when the import starts (a restore queued before it replaces it), kept from waiting on
   * the worker's write. Resolves with the report, or null when cancelled.
   */
  async importBundle(db: () => Database, target: { databasePath: string; nativeBinding: string | undefined }, source: ImportSource): Promise<Report | null> {
    return this.exclusive(() =>
      this.track('import', 'reading', async (task) => {
        const connection = db();
        connection.pragma('busy_timeout = 0');
        try {
          const data: ImportWorkerData = {
            databasePath: target.databasePath,
            nativeBinding: target.nativeBinding ?? null,
            source,
            cancel: task.cancel.buffer as SharedArrayBuffer,
          };
          return await runWorker<Report>(task, 'import-worker', data, 'bytes' in source ? [ownBuffer(source)] : [], IMPORT_LIMITS);
        } finally {
          if (connection.open) connection.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
        }
      }),
    );
  }

  /**
   * Writes the assessments `ids` to a bundle file at `path` in a worker, reading on a connection of its own. Resolves
   * with what was written, or null when cancelled (then no file is there and no export is recorded).
   */
  async exportBundle(target: { databasePath: string; nativeBinding: string | undefined }, ids: string[], path: string): Promise<WrittenBundle | null> {
    return this.track('export', 'exporting', (task) => {
      const data: ExportWorkerData = {
        databasePath: target.databasePath,
        nativeBinding: target.nativeBinding ?? null,
        ids,
        path,
        cancel: task.cancel.buffer as SharedArrayBuffer,
      };
      return runWorker<WrittenBundle>(task, 'export-worker', data, []);
    });
  }
}

/**
 * The import worker's heap: a young generation of 96 MB instead of V8's default of a few, since parsing and importing a
 * bundle makes hundreds of megabytes of short-lived objects. A 47 MB bundle then takes about 66 collections and 0.3-0.5 s
 * of collecting instead of 146 and 1.5 s, processor time the threads that answer calls get instead (measured with
 * ui.blockedDuringImport on two busy cores), for some 90 MB more memory while it runs.
 */
const IMPORT_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 96 };

/** Runs the long-work worker `name` for `task`, following its progress; resolves with its value, or null when cancelled. */
function runWorker<T>(
  task: RunningTask,
  name: string,
  workerData: unknown,
  transferList: ArrayBuffer[],
  resourceLimits: ResourceLimits = {},
): Promise<T | null> {
  return new Promise<T | null>((settle, fail) => {
    const worker = startWorker(import.meta.url, '.', name, { workerData, transferList, resourceLimits });
    let answered = false;
    worker.on('message', (message: TaskMessage<T>) => {
      if (message.kind === 'progress') return task.tell(message.phase, message.done, message.total);
      answered = true;
      if (message.kind === 'done') settle(message.value);
      else if (message.kind === 'cancelled') settle(null);
      else fail(errorFromData(message.error));
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (!answered) fail(new Error(`the ${name} stopped before answering (exit code ${code})`));
    });
  });
}
