// The services in a worker thread (./service-worker.ts), seen from the thread that answers the window (the app's main
// process) or the HTTP port (`serve`): the same Handlers, each one a message to the worker, so dispatch(), the shutdown
// gate and both transports work unchanged while this thread only routes calls and events. It answers the worker's
// questions that only this thread may answer: dialogs and the shell (FileActions) and the OS keychain (SecretStore).
// The lock, the crash and the shutdown guarantees are the services' own (./services.ts): the worker holds the lock in
// this same process, so it dies with it, and close() returns only once the database is closed and the lock released.
import { MessageChannel, type Worker } from 'node:worker_threads';

import { startWorker } from '../../db';
import { CHANNEL_NAMES } from '../../shared/api/channels';
import type { ChannelName } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import type { Handlers } from './dispatch';
import { errorFromData, errorToData } from './error-transfer';
import type { SecretStore } from './secret-store';
import type { FileAction, HostMessage, SecretAction, ServiceWorkerData, WorkerMessage } from './service-worker';
import type { ServicesOptions } from './services';

/** As ServicesOptions; proposals always render in a worker of their own here. */
export type HostedServicesOptions = Omit<ServicesOptions, 'renderInWorker'>;

export interface HostedServices {
  /** Every channel, served by the worker. */
  readonly handlers: Handlers;
  /** As Services.ready: resolves once the database can be written, rejects with the refusal of a damaged file. */
  readonly ready: Promise<void>;
  /** Resolves with the reason if the worker stops on its own (it never should): every later call is refused. */
  readonly lost: Promise<Error>;
  /** Starts the team's background sync once the integrity check has passed. */
  startTeam(): void;
  /** Restores `backup` over the refused database, with the lock held, and opens it again (the app's recovery). */
  restoreAndReopen(backup: string): Promise<void>;
  /** Closes the database (the WAL folded in) and releases the lock; returns once both are done. */
  close(): void;
}

/** How long close() waits for the worker to close the database before stopping it anyway. */
const CLOSE_WAIT_MS = 30_000;

export const SERVICES_STOPPED = 'Scopewise’s services stopped unexpectedly; nothing more can be saved. Start Scopewise again to continue.';

/** The ArrayBuffers a call's input hands over instead of copying: a bundle's bytes that fill their own buffer. */
function handedOver(input: unknown): ArrayBuffer[] {
  const bytes = (input as { bytes?: unknown } | null)?.bytes;
  if (!(bytes instanceof Uint8Array) || !(bytes.buffer instanceof ArrayBuffer)) return [];
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer] : [];
}

function answerSecrets(port: MessageChannel['port1'], signal: Int32Array, secrets: SecretStore): void {
  port.on('message', ({ action, arg }: { action: SecretAction; arg?: string }) => {
    let reply: { value?: unknown; error?: ReturnType<typeof errorToData> };
    try {
      reply = { value: action === 'available' ? secrets.available() : secrets[action](arg ?? '') };
    } catch (error) {
      reply = { error: errorToData(error) };
    }
    port.postMessage(reply);
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
  port.unref();
}

/**
 * Starts the services' worker and waits until the database is open (or refused: the same errors openServices throws,
 * a DatabaseRefusedError naming the newest good backup, a DatabaseLockedError naming the holder).
 */
export async function hostServices(options: HostedServicesOptions): Promise<HostedServices> {
  const closed = new SharedArrayBuffer(4);
  let keychain: MessageChannel | null = null;
  const signal = new SharedArrayBuffer(4);
  if (options.secrets !== undefined) {
    keychain = new MessageChannel();
    answerSecrets(keychain.port1, new Int32Array(signal), options.secrets);
  }
  const data: ServiceWorkerData = {
    databasePath: options.databasePath,
    nativeBinding: options.nativeBinding ?? null,
    holderName: options.holderName ?? 'Scopewise',
    maintenance: options.maintenance !== false,
    closed,
    secrets: keychain === null ? null : { port: keychain.port2, signal },
  };
  const worker: Worker = startWorker(import.meta.url, '.', 'service-worker', {
    workerData: data,
    transferList: keychain === null ? [] : [keychain.port2],
  });

  const pending = new Map<number, { settle: (value: unknown) => void; fail: (error: Error) => void }>();
  let nextId = 0;
  let stoppedBy: Error | null = null;
  let closing = false;
  const post = (message: HostMessage, transfer: ArrayBuffer[] = []): void => worker.postMessage(message, transfer);
  const request = (message: (id: number) => HostMessage, transfer: ArrayBuffer[] = []): Promise<unknown> => {
    if (stoppedBy !== null) return Promise.reject(stoppedBy);
    if (closing) return Promise.reject(new AppError('unavailable', 'Scopewise is shutting down; the request was not carried out.', undefined, 'shutting_down'));
    return new Promise((settle, fail) => {
      const id = nextId++;
      pending.set(id, { settle, fail });
      post(message(id), transfer);
    });
  };

  let settleOpen: () => void = () => undefined;
  let failOpen: (error: Error) => void = () => undefined;
  const opened = new Promise<void>((settle, fail) => ((settleOpen = settle), (failOpen = fail)));
  let settleReady: () => void = () => undefined;
  let failReady: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((settle, fail) => ((settleReady = settle), (failReady = fail)));
  ready.catch(() => undefined);
  let settleLost: (error: Error) => void = () => undefined;
  const lost = new Promise<Error>((settle) => (settleLost = settle));

  worker.on('message', (message: WorkerMessage) => {
    switch (message.kind) {
      case 'opened':
        return settleOpen();
      case 'failed':
        return failOpen(errorFromData(message.error));
      case 'ready':
        return settleReady();
      case 'refused':
        return failReady(errorFromData(message.error));
      case 'answer': {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error !== undefined) call?.fail(errorFromData(message.error));
        else call?.settle(message.value);
        return;
      }
      case 'files': {
        const files = options.files as unknown as Record<FileAction, (...args: unknown[]) => Promise<unknown>>;
        void files[message.action](...message.args).then(
          (value) => post({ kind: 'files-answer', id: message.id, value }),
          (error: unknown) => post({ kind: 'files-answer', id: message.id, error: errorToData(error) }),
        );
        return;
      }
      case 'warn':
        return options.warn?.(message.message, message.warning);
      case 'upgrade':
        return options.onUpgrade?.(message.from, message.to);
      case 'check':
        return options.onCheck?.(message.event);
    }
  });
  const stop = (error: Error): void => {
    if (stoppedBy !== null) return;
    stoppedBy = error;
    failOpen(error);
    failReady(error);
    for (const call of pending.values()) call.fail(error);
    pending.clear();
    if (!closing) settleLost(error);
  };
  worker.on('error', (error) => stop(Object.assign(new AppError('unavailable', SERVICES_STOPPED), { cause: error })));
  worker.on('exit', () => stop(new AppError('unavailable', SERVICES_STOPPED)));

  await opened;

  const handlers = Object.fromEntries(
    CHANNEL_NAMES.map((channel: ChannelName) => [channel, (input: unknown) => request((id) => ({ kind: 'call', id, channel, input }), handedOver(input))]),
  ) as unknown as Handlers;

  return {
    handlers,
    ready,
    lost,
    startTeam: () => post({ kind: 'start-team' }),
    restoreAndReopen: async (backup) => void (await request((id) => ({ kind: 'recover', id, backup }))),
    close: () => {
      if (closing || stoppedBy !== null) return;
      closing = true;
      post({ kind: 'close' });
      // Blocks this thread until the database is closed and the lock released, as closing on this thread did: the
      // app's quit and serve's exit follow at once and must find both done.
      Atomics.wait(new Int32Array(closed), 0, 0, CLOSE_WAIT_MS);
      keychain?.port1.close();
      void worker.terminate();
    },
  };
}
