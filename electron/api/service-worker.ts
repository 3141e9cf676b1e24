// The services' worker thread (started by ./service-host.ts): opens the database with its writer's lock, runs every
// channel's handler and the team's background sync, and answers the thread that hosts the window or the HTTP port,
// which only routes calls. It never touches the platform itself: dialogs and the shell (FileActions) and the OS
// keychain (SecretStore) are asked of the hosting thread, which alone may use them.
import { MessagePort, parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';

import { type CheckEvent, restoreBackup } from '../../db';
import type { ChannelName } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import type { Warning } from '../../shared/warnings';
import type { Handlers } from './dispatch';
import { type ErrorData, errorFromData, errorToData } from './error-transfer';
import type { FileActions } from './file-actions';
import { createHandlers } from './handlers';
import type { SecretStore } from './secret-store';
import { openServices, type Services } from './services';

/** What the hosting thread starts the worker with. */
export interface ServiceWorkerData {
  databasePath: string;
  nativeBinding: string | null;
  holderName: string;
  maintenance: boolean;
  /** One Int32 the worker sets to 1 (and notifies) once it has closed the database and released the lock. */
  closed: SharedArrayBuffer;
  /** The keychain's port and its one-Int32 signal, when the host has a keychain (the app); null for serve. */
  secrets: { port: MessagePort; signal: SharedArrayBuffer } | null;
}

export type FileAction = keyof FileActions;
export type SecretAction = keyof SecretStore;

/** Host → worker. */
export type HostMessage =
  | { kind: 'call'; id: number; channel: ChannelName; input: unknown }
  | { kind: 'files-answer'; id: number; value?: unknown; error?: ErrorData }
  | { kind: 'recover'; id: number; backup: string }
  | { kind: 'start-team' }
  | { kind: 'close' };

/** Worker → host. `opened` or `failed` comes once, first; `ready` or `refused` once, when the integrity check has its verdict. */
export type WorkerMessage =
  | { kind: 'opened' }
  | { kind: 'failed'; error: ErrorData }
  | { kind: 'ready' }
  | { kind: 'refused'; error: ErrorData }
  | { kind: 'answer'; id: number; value?: unknown; error?: ErrorData }
  | { kind: 'files'; id: number; action: FileAction; args: unknown[] }
  | { kind: 'warn'; message: string; warning?: Warning }
  | { kind: 'upgrade'; from: number; to: number }
  | { kind: 'check'; event: CheckEvent };

/** The keychain's answer: how long the worker waits for it before giving up (a dialog may be showing meanwhile). */
const SECRET_WAIT_MS = 30_000;

/** The host's keychain, asked synchronously (TeamSync's SecretStore is synchronous): the worker waits for the answer. */
function secretsOfHost(port: MessagePort, signal: Int32Array): SecretStore {
  const ask = (action: SecretAction, arg?: string): unknown => {
    Atomics.store(signal, 0, 0);
    port.postMessage({ action, arg });
    Atomics.wait(signal, 0, 0, SECRET_WAIT_MS);
    const reply = receiveMessageOnPort(port);
    if (reply === undefined) throw new AppError('unavailable', 'The system keychain did not answer; try again.');
    const answer = reply.message as { value?: unknown; error?: ErrorData };
    if (answer.error !== undefined) throw errorFromData(answer.error);
    return answer.value;
  };
  return {
    available: () => ask('available') as boolean,
    encrypt: (secret) => ask('encrypt', secret) as string,
    decrypt: (base64) => ask('decrypt', base64) as string,
  };
}

/** The bytes a value holds that can be handed over instead of copied (an exported PDF's or bundle's bytes). */
function transferable(value: unknown): ArrayBuffer[] {
  if (value instanceof Uint8Array && value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength) {
    return [value.buffer];
  }
  return [];
}

async function serve(port: MessagePort, data: ServiceWorkerData): Promise<void> {
  const tell = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
  const waiting = new Map<number, { settle: (value: unknown) => void; fail: (error: Error) => void }>();
  let nextId = 0;
  const askHost = (action: FileAction, args: unknown[]): Promise<never> =>
    new Promise((settle, fail) => {
      const id = nextId++;
      waiting.set(id, { settle: settle as (value: unknown) => void, fail });
      tell({ kind: 'files', id, action, args });
    });
  const files: FileActions = {
    chooseSavePath: (...args) => askHost('chooseSavePath', args),
    chooseOpenPath: (...args) => askHost('chooseOpenPath', args),
    openPath: (...args) => askHost('openPath', args),
    showInFolder: (...args) => askHost('showInFolder', args),
  };
  const binding = data.nativeBinding === null ? {} : { nativeBinding: data.nativeBinding };
  let services: Services;
  try {
    services = await openServices({
      databasePath: data.databasePath,
      files,
      ...binding,
      holderName: data.holderName,
      maintenance: data.maintenance,
      renderInWorker: true,
      warn: (message, warning) => tell({ kind: 'warn', message, warning }),
      onUpgrade: (from, to) => tell({ kind: 'upgrade', from, to }),
      onCheck: (event) => tell({ kind: 'check', event }),
      ...(data.secrets === null ? {} : { secrets: secretsOfHost(data.secrets.port, new Int32Array(data.secrets.signal)) }),
    });
  } catch (error) {
    tell({ kind: 'failed', error: errorToData(error) });
    port.close();
    return;
  }
  tell({ kind: 'opened' });
  services.ready.then(
    () => tell({ kind: 'ready' }),
    (refusal: unknown) => tell({ kind: 'refused', error: errorToData(refusal) }),
  );
  const handlers: Handlers = createHandlers(services);
  const answer = (id: number, work: () => unknown): void => {
    void (async () => {
      try {
        const value = await work();
        try {
          tell({ kind: 'answer', id, value }, transferable(value));
        } catch (error) {
          tell({ kind: 'answer', id, error: errorToData(error) });
        }
      } catch (error) {
        tell({ kind: 'answer', id, error: errorToData(error) });
      }
    })();
  };
  port.on('message', (message: HostMessage) => {
    switch (message.kind) {
      case 'call':
        return answer(message.id, () => (handlers[message.channel] as (input: unknown) => unknown)(message.input));
      case 'files-answer': {
        const asked = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.error !== undefined) asked?.fail(errorFromData(message.error));
        else asked?.settle(message.value);
        return;
      }
      case 'recover':
        // The app's offer after a refusal: the newest good backup in place of the damaged file, then open it again.
        return answer(message.id, async () => {
          await restoreBackup(services.databasePath, message.backup, { backupDir: services.backupDir, lock: services.lock, ...binding });
          await services.reopen();
        });
      case 'start-team':
        // The team sync writes: it starts once the integrity check has passed.
        return void services.ready.then(
          () => services.team.start(),
          () => undefined,
        );
      case 'close': {
        services.close();
        const closed = new Int32Array(data.closed);
        Atomics.store(closed, 0, 1);
        Atomics.notify(closed, 0);
        for (const asked of waiting.values()) asked.fail(new AppError('unavailable', 'Scopewise is shutting down.', undefined, 'shutting_down'));
        port.close();
        return;
      }
    }
  });
}

if (parentPort !== null) void serve(parentPort, workerData as ServiceWorkerData);
