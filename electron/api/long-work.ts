// Long work off the thread that answers the window and the HTTP port: one task at a time (today the bundle import) runs
// in a worker thread with a connection of its own, tells its progress (the tasks.progress channel) and can be
// cancelled (tasks.cancel) without leaving anything half-written: the worker's one transaction is rolled back.
// While it runs, writes from other calls wait for it (electron/api/integrity-gate.ts) instead of blocking this thread
// on SQLite's busy timeout, and the main connection gives up at once on a write it cannot get (a search's index
// catch-up then leaves its backlog for later, db/search-backlog.ts).
import type { Database } from '../../db';
import { startWorker } from '../../db';
import type { ImportReport as ApiImportReport, TaskProgress } from '../../shared/api/types';
import { AppError, type ErrorCode } from '../../shared/errors';
import type { ImportSource, ImportWorkerData, ImportWorkerMessage } from './import-worker';

type Report = Omit<ApiImportReport, 'cancelled'>;

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

export class LongWork {
  #progress: TaskProgress | null = null;
  #cancel: Int32Array | null = null;
  #queue: Promise<void> = Promise.resolve();

  /** The task running now and how far it is, or null. */
  progress(): TaskProgress | null {
    return this.#progress === null ? null : { ...this.#progress };
  }

  /** Asks the running task to stop; true when there was one. It stops at its next step and writes nothing. */
  cancel(): boolean {
    if (this.#cancel === null) return false;
    Atomics.store(this.#cancel, 0, 1);
    return true;
  }

  /** Resolves once no task runs and none waits to (at once when none does). */
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

  /**
   * Imports a bundle (a file, its text or its bytes) into the database at `databasePath` in a worker; `db` gives this
   * thread's connection as it is when the import starts (a restore queued before it replaces it), kept from waiting on
   * the worker's write. Resolves with the report, or null when cancelled.
   */
  async importBundle(db: () => Database, target: { databasePath: string; nativeBinding: string | undefined }, source: ImportSource): Promise<Report | null> {
    return this.exclusive(() => this.#importInWorker(db, target, source));
  }

  async #importInWorker(
    connection: () => Database,
    target: { databasePath: string; nativeBinding: string | undefined },
    source: ImportSource,
  ): Promise<Report | null> {
    const db = connection();
    const cancel = new SharedArrayBuffer(4);
    const data: ImportWorkerData = { databasePath: target.databasePath, nativeBinding: target.nativeBinding ?? null, source, cancel };
    this.#cancel = new Int32Array(cancel);
    this.#progress = { task: 'import', phase: 'reading', done: 0, total: 0 };
    db.pragma('busy_timeout = 0');
    try {
      return await new Promise<Report | null>((settle, fail) => {
        const transferList = 'bytes' in source ? [ownBuffer(source)] : [];
        const worker = startWorker(import.meta.url, '.', 'import-worker', { workerData: data, transferList });
        let answered = false;
        worker.on('message', (message: ImportWorkerMessage) => {
          if (message.kind === 'progress') {
            this.#progress = { task: 'import', phase: message.phase, done: message.done, total: message.total };
            return;
          }
          answered = true;
          if (message.kind === 'done') settle(message.report);
          else if (message.kind === 'cancelled') settle(null);
          else if (message.error.app) fail(new AppError(message.error.code as ErrorCode, message.error.message, message.error.field));
          else fail(Object.assign(new Error(message.error.message), { code: message.error.code }));
        });
        worker.once('error', fail);
        worker.once('exit', (code) => {
          if (!answered) fail(new Error(`the import's worker stopped before answering (exit code ${code})`));
        });
      });
    } finally {
      if (db.open) db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      this.#progress = null;
      this.#cancel = null;
    }
  }
}
