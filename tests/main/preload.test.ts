// The preload's surface equals the contract (electron/preload/index.ts): loaded with a fake `electron` module,
// it exposes only window.scopewise, one function per channel, each a single ipcRenderer.invoke.
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { CHANNEL_NAMES } from '../../shared/api/channels';
import { contract } from '../../shared/api/contract';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
  touched: [] as string[],
}));

vi.mock('electron', () => {
  // Any other ipcRenderer member the preload reaches for (send, on, sendSync...) is recorded, so a test can fail on it.
  const ipcRenderer = new Proxy(
    { invoke: electron.invoke },
    {
      get(target, key) {
        if (key !== 'invoke') electron.touched.push(String(key));
        return Reflect.get(target, key);
      },
    },
  );
  return { contextBridge: { exposeInMainWorld: electron.exposeInMainWorld }, ipcRenderer };
});

let exposed: Record<string, unknown>;

beforeAll(async () => {
  await import('../../electron/preload/index');
  expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = electron.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
  exposed = { [key]: api };
});

describe('the preload', () => {
  it('exposes one key, scopewise, and nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['scopewise']);
  });

  it('exposes exactly the contract’s channels', () => {
    const api = exposed.scopewise as Record<string, unknown>;
    expect(Object.keys(api)).toEqual([...CHANNEL_NAMES]);
    expect(Object.keys(api).sort()).toEqual(Object.keys(contract).sort());
    expect(Object.getOwnPropertySymbols(api)).toEqual([]);
  });

  it('exposes plain functions in a frozen object, never ipcRenderer or any of its members', () => {
    const api = exposed.scopewise as Record<string, unknown>;
    expect(Object.isFrozen(api)).toBe(true);
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
    expect(Object.values(api)).not.toContain(electron.invoke);
    expect(electron.touched).toEqual([]);
  });

  it.each(CHANNEL_NAMES)('%s calls ipcRenderer.invoke once with scopewise:<channel> and the input, and returns its answer', async (name) => {
    electron.invoke.mockClear();
    const api = exposed.scopewise as Record<string, (input: unknown, ...rest: unknown[]) => Promise<unknown>>;
    const input = { probe: name };
    const answer = await api[name]!(input, () => 'a callback is never passed on');
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(`scopewise:${name}`, input);
    expect(answer).toEqual({ ok: true, value: { channel: `scopewise:${name}`, input } });
    expect(electron.touched).toEqual([]);
  });
});
