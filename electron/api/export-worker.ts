// The bundle export's worker thread (started by ./long-work.ts): writes the named assessments to a bundle file on a
// connection of its own, telling its progress as it goes, so the services' thread answers other calls meanwhile. A
// cancel (a flag the starting thread sets) is seen between assessments: the file is then never written (not even a
// temporary is left, ./atomic-write.ts) and no export is recorded.
import { parentPort, workerData } from 'node:worker_threads';

import { connectAgain } from '../../db';
import { yieldToCallers } from './background-thread';
import { writeBundle, type WrittenBundle } from './bundle-export';
import { errorToData } from './error-transfer';
import type { TaskMessage } from './long-work';

export interface ExportWorkerData {
  databasePath: string;
  nativeBinding: string | null;
  ids: string[];
  path: string;
  /** One Int32: set to 1 to cancel. */
  cancel: SharedArrayBuffer;
}

/** Progress is told at most this often (and at the end): enough for a bar, not a flood of messages. */
const PROGRESS_MS = 50;

class ExportCancelled extends Error {}

function run(data: ExportWorkerData, tell: (message: TaskMessage<WrittenBundle>) => void): void {
  const cancel = new Int32Array(data.cancel);
  let told = 0;
  try {
    const db = connectAgain(data.databasePath, data.nativeBinding === null ? {} : { nativeBinding: data.nativeBinding });
    try {
      tell({ kind: 'progress', phase: 'exporting', done: 0, total: data.ids.length });
      const written = writeBundle(db, data.ids, data.path, new Date(), {
        onProgress: (done, total) => {
          if (Atomics.load(cancel, 0) !== 0) throw new ExportCancelled();
          const now = performance.now();
          if (now - told < PROGRESS_MS && done !== total) return;
          told = now;
          tell({ kind: 'progress', phase: 'exporting', done, total });
        },
      });
      tell({ kind: 'done', value: written });
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof ExportCancelled) return tell({ kind: 'cancelled' });
    tell({ kind: 'failed', error: errorToData(error) });
  }
}

if (parentPort !== null) {
  const port = parentPort;
  yieldToCallers();
  run(workerData as ExportWorkerData, (message) => port.postMessage(message));
}
