// Calls one channel of the contract and reports a failure in the status line, so no `ok: false` goes unseen.
import type { ApiResult, ChannelInput, ChannelName, ChannelOutput } from '../../../shared/api/contract';
import { api } from './api';
import { reportError, type StatusAction } from './status.svelte';

/** The raw result, for callers that handle the failure themselves. */
export function callRaw<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ApiResult<ChannelOutput<K>>> {
  const send = api[channel] as (input: ChannelInput<K>) => Promise<ApiResult<ChannelOutput<K>>>;
  return send(input);
}

/** The value, or undefined after the error's message was shown in the status line. */
export async function call<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
  retry: StatusAction | null = null,
): Promise<ChannelOutput<K> | undefined> {
  const result = await callRaw(channel, input);
  if (result.ok) return result.value;
  reportError(result.error, retry);
  return undefined;
}
