// A worker for tests/api/background-thread.test.ts: lowers its own priority and says which thread it is.
import { parentPort } from 'node:worker_threads';

import { kernelThreadId, yieldToCallers } from '../../electron/api/background-thread';

const yielded = yieldToCallers();
parentPort?.postMessage({ id: kernelThreadId(), yielded });
// Stays alive until terminated, so the test reads its priority while it runs.
setInterval(() => undefined, 1000);
