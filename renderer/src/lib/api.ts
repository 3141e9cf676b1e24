// The renderer's door to the app: window.scopewise from the Electron preload, or the same contract over
// the loopback HTTP bridge when the UI runs in a browser through `scopewise serve`.
import { type ApiResult, CHANNEL_NAMES, type ChannelName, type ScopewiseApi } from '../../../shared/api/contract';
import { m, t } from './i18n.svelte';
import { adoptSessionToken, tokenInFragment } from './session-token';

declare global {
  interface Window {
    scopewise?: ScopewiseApi;
  }
}

/** Browsers cap the bodies of keepalive requests (which survive the page closing) at 64 KB in total. */
const KEEPALIVE_LIMIT = 60_000;

/** The bytes of an input that is only `{ bytes }` (bundles.import from a file), or null. */
function fileBytes(input: unknown): Uint8Array | null {
  if (typeof input !== 'object' || input === null) return null;
  const keys = Object.keys(input);
  const bytes = (input as { bytes?: unknown }).bytes;
  return keys.length === 1 && bytes instanceof Uint8Array ? bytes : null;
}

function httpApi(): ScopewiseApi {
  let token = adoptSessionToken(location, history, sessionStorage);
  // A new URL from `scopewise serve` pasted into this open tab changes only the fragment: no page load. Take its token,
  // and load the page afresh, since everything on screen was fetched (or refused) with the old one.
  window.addEventListener('hashchange', () => {
    if (tokenInFragment(location.hash) === null) return;
    token = adoptSessionToken(location, history, sessionStorage);
    location.reload();
  });
  const api: Partial<Record<ChannelName, (input: unknown) => Promise<ApiResult<unknown>>>> = {};
  for (const name of CHANNEL_NAMES) {
    api[name] = async (input: unknown) => {
      try {
        // A file's bytes (a bundle to import) go as they are, never as JSON: the server hands them on undecoded.
        const bytes = fileBytes(input);
        const body = bytes ?? JSON.stringify(input ?? {});
        const response = await fetch(`/api/${name}`, {
          method: 'POST',
          // The token travels only in this header; the server sets no cookie and this request sends none.
          credentials: 'omit',
          headers: {
            'Content-Type': bytes === null ? 'application/json' : 'application/octet-stream',
            ...(token === null ? {} : { 'X-Scopewise-Token': token }),
          },
          body: body as BodyInit,
          // A save sent as the page closes must still arrive.
          keepalive: body.length < KEEPALIVE_LIMIT,
        });
        if (response.status === 401) return { ok: false, error: { code: 'unauthorized', message: t(m.ui_api_not_signed_in) } };
        return (await response.json()) as ApiResult<unknown>;
      } catch {
        return { ok: false, error: { code: 'io', message: t(m.ui_api_not_reachable) } };
      }
    };
  }
  return api as ScopewiseApi;
}

export const isBrowserTransport = typeof window !== 'undefined' && window.scopewise === undefined;
export const api: ScopewiseApi = typeof window !== 'undefined' && window.scopewise !== undefined ? window.scopewise : httpApi();
