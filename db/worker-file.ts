// Starting a worker thread from its own module: the TypeScript source beside the caller when running from source
// (tsx, vitest: Node 20 cannot load .ts in a worker by itself, so db/source-worker.mjs loads it through tsx), the
// bundled file of the same name beside the bundle otherwise (the CLI's out/cli and the app's out/main emit each
// worker as an entry of its own, next to their chunks). Owns only that lookup; what a worker does is its module's.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker module `name` (no extension) for a caller at `callerUrl` (its import.meta.url). From source the
 * worker is `<name>.ts` in `sourceFolder` relative to the caller; in a bundle it is `<name>` with the bundle's own
 * extension in the caller's folder.
 */
export function startWorker(callerUrl: string, sourceFolder: string, name: string, options: WorkerOptions = {}): Worker {
  const extension = extname(fileURLToPath(callerUrl));
  if (extension !== '.ts') return new Worker(new URL(`./${name}${extension}`, callerUrl), options);
  const source = new URL(`${sourceFolder}/${name}.ts`, callerUrl).href;
  return new Worker(new URL('./source-worker.mjs', import.meta.url), { ...options, argv: [...((options.argv as unknown[] | undefined) ?? []), source] });
}
