// The shutdown gate: every channel call passes through it, so closing the services can wait for the calls in flight
// and refuse new ones with a clear "shutting down" error instead of letting them reach a closed database.
// Both transports use it: the app before it closes the database on quit (electron/main/index.ts) and `serve` on
// Ctrl+C or SIGTERM (electron/cli/serve.ts).
import type { ChannelName } from '../../shared/api/contract';
import { AppError } from '../../shared/errors';
import type { Handlers } from './dispatch';

export interface ShutdownGate {
  /** The handlers, each refusing once the gate is closing and counted while it runs. */
  handlers: Handlers;
  /** Calls running now. */
  inFlight: () => number;
  /** Refuses new calls from now on; resolves once every call already running has finished. */
  close: () => Promise<void>;
}

export const SHUTTING_DOWN = 'Scopewise is shutting down; the request was not carried out. Start it again to continue.';

export function shutdownGate(handlers: Handlers): ShutdownGate {
  let closing = false;
  let running = 0;
  let drained: (() => void) | null = null;
  let closed: Promise<void> | null = null;
  const finish = (): void => {
    running--;
    if (running === 0 && drained !== null) drained();
  };
  const gated: Partial<Record<ChannelName, unknown>> = {};
  for (const name of Object.keys(handlers) as ChannelName[]) {
    const handler = handlers[name] as (input: unknown) => unknown;
    gated[name] = async (input: unknown): Promise<unknown> => {
      if (closing) throw new AppError('unavailable', SHUTTING_DOWN, undefined, 'shutting_down');
      running++;
      try {
        return await handler(input);
      } finally {
        finish();
      }
    };
  }
  return {
    handlers: gated as Handlers,
    inFlight: () => running,
    close: () => {
      closing = true;
      closed ??= running === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve));
      return closed;
    },
  };
}
