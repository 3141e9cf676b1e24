// The renderer's API faked at its one seam (renderer/src/lib/api) for the component tests: one module for every file.
// In the fast tier a worker runs many files without isolation, and the first file's vi.mock of the API stays for the
// rest of them with whatever it captured; so each file installs its own handlers here and the mock only forwards.
type Handler = (input: never) => Promise<unknown>;

let handlers: Record<string, Handler> = {};

/** Makes `channels` the API's answers for this file's tests (call it at the file's top level, after the imports). */
export function useFakeApi(channels: Record<string, Handler>): void {
  handlers = channels;
}

/** What `vi.mock('../../renderer/src/lib/api', () => import('./fake-api'))` puts in place of the real module. */
export const api = new Proxy(
  {},
  {
    get: (_target, channel) => {
      if (typeof channel !== 'string') return undefined;
      const handler = handlers[channel];
      if (handler === undefined) return async () => Promise.reject(new Error(`the fake API has no handler for ${channel}`));
      return handler;
    },
  },
);

export const isBrowserTransport = true;
