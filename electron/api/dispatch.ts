// The one place a channel call is served: look up the handler, parse the payload with the channel's schema,
// run it, and turn any failure into a typed error. Both transports (IPC and HTTP) call dispatch().
import type { z } from 'zod';

import { type ApiResult, type ChannelName, type ChannelOutput, type Contract, contract } from '../../shared/api/contract';
import { AppError, parseInput } from '../../shared/errors';
import { storageError } from '../../shared/storage-error';
import { type KnownFolders, withoutPaths } from './without-paths';

export type ChannelPayload<K extends ChannelName> = z.output<Contract[K]['input']>;
export type Handler<K extends ChannelName> = (input: ChannelPayload<K>) => ChannelOutput<K> | Promise<ChannelOutput<K>>;
export type Handlers = { [K in ChannelName]: Handler<K> };
export type HandlerGroup = Partial<Handlers>;

/** Joins the per-domain handler groups, refusing a channel served twice or a channel left unserved. */
export function joinHandlers(...groups: HandlerGroup[]): Handlers {
  const joined: Partial<Record<ChannelName, unknown>> = {};
  for (const group of groups) {
    for (const name of Object.keys(group) as ChannelName[]) {
      if (!(name in contract)) throw new Error(`handler for unknown channel ${name}`);
      if (name in joined) throw new Error(`channel ${name} has two handlers`);
      joined[name] = group[name];
    }
  }
  const missing = (Object.keys(contract) as ChannelName[]).filter((name) => !(name in joined));
  if (missing.length > 0) throw new Error(`channels without a handler: ${missing.join(', ')}`);
  return joined as Handlers;
}

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Report of an unexpected failure; the caller decides where it goes (stderr, a log file). Never sent to the UI. */
export type FailureLog = (channel: string, error: unknown) => void;

/**
 * Serves one call. An error's message crosses with its paths cut to their last part (electron/api/without-paths.ts),
 * the folders the process knows (data, home, exports) cut whole: the UI names the file, never the layout of the disk.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  payload: unknown,
  log: FailureLog = () => {},
  folders: KnownFolders = {},
): Promise<ApiResult<unknown>> {
  if (!isChannelName(channel)) return { ok: false, error: { code: 'not_found', message: `unknown channel "${channel.slice(0, 80)}"` } };
  try {
    const input = parseInput(contract[channel].input as z.ZodType, payload ?? {});
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value = await handler(input);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError && error.code !== 'internal')
      return { ok: false, error: { ...error.toJSON(), message: withoutPaths(error.message, folders) } };
    log(channel, error);
    // A known cause (disk full, read-only, locked, permission) is named as the CLI names it, not "please try again".
    const known = storageError(error);
    if (known !== null) return { ok: false, error: known.toJSON() };
    return { ok: false, error: { code: 'internal', message: 'Something went wrong while doing that. Nothing was changed; please try again.' } };
  }
}
