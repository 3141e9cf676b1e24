// Rendering proposals off the services' thread: one worker (./render-worker.ts), started at the first proposal and
// kept for the next (it keeps the parsed fonts), renders each model in turn. If the worker cannot run (it stopped,
// it cannot start), that render fails with the reason and the next one starts a new worker.
import type { Worker } from 'node:worker_threads';

import { startWorker } from '../../db';
import type { ProposalModel, RenderedProposal } from '../../shared/proposal';
import { errorFromData } from './error-transfer';
import type { RenderAnswer, RenderRequest } from './render-worker';

export type RenderProposal = (model: ProposalModel) => Promise<RenderedProposal>;

export class ProposalRenderer {
  #worker: Worker | null = null;
  readonly #waiting = new Map<number, { settle: (rendered: RenderedProposal) => void; fail: (error: Error) => void }>();
  #nextId = 0;

  /** The proposal's PDF, rendered in the worker. */
  readonly render: RenderProposal = (model) =>
    new Promise((settle, fail) => {
      const id = this.#nextId++;
      this.#waiting.set(id, { settle, fail });
      const worker = this.#started();
      worker.ref();
      try {
        worker.postMessage({ id, model } satisfies RenderRequest);
      } catch (error) {
        this.#waiting.delete(id);
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    });

  /** Stops the worker; a render still waiting fails. */
  close(): void {
    const worker = this.#worker;
    this.#worker = null;
    if (worker !== null) void worker.terminate();
  }

  #started(): Worker {
    if (this.#worker !== null) return this.#worker;
    const worker = startWorker(import.meta.url, '.', 'render-worker');
    worker.on('message', (answer: RenderAnswer) => {
      const waiting = this.#waiting.get(answer.id);
      this.#waiting.delete(answer.id);
      if ('error' in answer) waiting?.fail(errorFromData(answer.error));
      else waiting?.settle(answer.rendered);
      if (this.#waiting.size === 0) worker.unref();
    });
    const stopped = (error: Error): void => {
      if (this.#worker === worker) this.#worker = null;
      for (const waiting of this.#waiting.values()) waiting.fail(error);
      this.#waiting.clear();
    };
    worker.on('error', stopped);
    worker.on('exit', (code) => stopped(new Error(`the proposal renderer stopped (exit code ${code})`)));
    this.#worker = worker;
    return worker;
  }
}
