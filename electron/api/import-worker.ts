// The bundle import's worker thread (started by electron/api/long-work.ts): reads the file, parses and checks the
// bundle, and imports it on a connection of its own, in one transaction, telling its progress as it goes. The thread
// that answers the window or the HTTP port only waits for its answer. A cancel (a flag the starting thread sets) is
// seen between assessments and rolls the transaction back: nothing is written.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

import { connectAgain, importBundle, type ImportReport, parseBundle } from '../../db';
import { AppError } from '../../shared/errors';
import { yieldToCallers } from './background-thread';
import { errorToData } from './error-transfer';
import type { TaskMessage } from './long-work';

/** What the starting thread sends: the bundle's file or its text, and where the database is. */
export interface ImportWorkerData {
  databasePath: string;
  nativeBinding: string | null;
  source: ImportSource;
  /** One Int32: set to 1 to cancel. */
  cancel: SharedArrayBuffer;
}

/** A bundle file to read, its text, or its bytes (handed over to the worker, not copied). */
export type ImportSource = { path: string } | { text: string } | { bytes: Uint8Array };

export type ImportPhase = 'reading' | 'checking' | 'importing';

/** The worker's messages: progress any number of times, then exactly one of done, cancelled or failed. */
export type ImportWorkerMessage = TaskMessage<ImportReport>;

/** Progress is told at most this often (and at every change of phase): enough for a bar, not a flood of messages. */
const PROGRESS_MS = 50;

class ImportCancelled extends Error {}

/** The bundle's JSON text parsed and checked against the format; a byte-order mark is allowed. */
export function parseBundleText(text: string): ReturnType<typeof parseBundle> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('invalid_input', 'The bundle is not valid JSON; nothing was imported.', 'bundle', 'bundle_not_json');
  }
  return parseBundle(json);
}

function run(data: ImportWorkerData, tell: (message: ImportWorkerMessage) => void): void {
  const cancel = new Int32Array(data.cancel);
  const stopIfCancelled = (): void => {
    if (Atomics.load(cancel, 0) !== 0) throw new ImportCancelled();
  };
  let told = 0;
  const progress = (phase: ImportPhase, done: number, total: number, force = false): void => {
    const now = performance.now();
    if (!force && now - told < PROGRESS_MS) return;
    told = now;
    tell({ kind: 'progress', phase, done, total });
  };
  try {
    progress('reading', 0, 0, true);
    const source = data.source;
    const text = 'text' in source ? source.text : 'bytes' in source ? new TextDecoder().decode(source.bytes) : readFileSync(source.path, 'utf8');
    stopIfCancelled();
    progress('checking', 0, 0, true);
    const bundle = parseBundleText(text);
    stopIfCancelled();
    const total = bundle.assessments.length;
    progress('importing', 0, total, true);
    const db = connectAgain(data.databasePath, data.nativeBinding === null ? {} : { nativeBinding: data.nativeBinding });
    try {
      const report = importBundle(db, bundle, {
        onProgress: (done) => {
          stopIfCancelled();
          progress('importing', done, total, done === total);
        },
      });
      tell({ kind: 'done', value: report });
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof ImportCancelled) return tell({ kind: 'cancelled' });
    tell({ kind: 'failed', error: errorToData(error) });
  }
}

if (parentPort !== null) {
  const port = parentPort;
  yieldToCallers();
  run(workerData as ImportWorkerData, (message) => port.postMessage(message));
}
