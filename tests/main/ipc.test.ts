// The Electron IPC bridge (electron/main/ipc.ts) over a fake ipcMain: one handler per contract channel, calls
// only from the app's own page, payloads validated, failures answered as typed errors.
import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../electron/api/dispatch';
import { IPC_PREFIX, registerIpc, serveIpcCall, type IpcEventLike, type IpcMainLike } from '../../electron/main/ipc';
import { CHANNEL_NAMES } from '../../shared/api/channels';
import { contract } from '../../shared/api/contract';

const OWN_PAGE: IpcEventLike = { senderFrame: { url: 'app://scopewise/index.html' } };
const FOREIGN_SENDERS: [string, IpcEventLike][] = [
  ['a file:// page', { senderFrame: { url: 'file:///work/main/out/renderer/index.html' } }],
  ['a remote page', { senderFrame: { url: 'https://evil.example/' } }],
  ['another app:// host', { senderFrame: { url: 'app://evil/index.html' } }],
  ['a look-alike host', { senderFrame: { url: 'app://scopewise.evil.example/index.html' } }],
  ['about:blank', { senderFrame: { url: 'about:blank' } }],
  ['an empty URL', { senderFrame: { url: '' } }],
  ['a destroyed frame (null)', { senderFrame: null }],
  ['no frame at all', {}],
];

function fakeHandlers() {
  const handlers = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, vi.fn(async () => ({ servedBy: name }))]));
  return {
    handlers: handlers as unknown as Handlers,
    calls: () => Object.values(handlers).reduce((sum, fn) => sum + fn.mock.calls.length, 0),
    spy: (name: string) => handlers[name]!,
  };
}

function fakeIpcMain() {
  const registered = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      expect(registered.has(channel), `${channel} registered twice`).toBe(false);
      registered.set(channel, listener);
    },
    removeHandler(channel) {
      registered.delete(channel);
    },
  };
  return { ipcMain, registered };
}

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel, named scopewise:<channel>', () => {
    const { ipcMain, registered } = fakeIpcMain();
    registerIpc(ipcMain, fakeHandlers().handlers);
    expect([...registered.keys()].sort()).toEqual(
      Object.keys(contract)
        .map((name) => `${IPC_PREFIX}${name}`)
        .sort(),
    );
    expect(IPC_PREFIX).toBe('scopewise:');
  });

  it('serves a call from the app’s own page through the channel’s handler', async () => {
    const { ipcMain, registered } = fakeIpcMain();
    const fake = fakeHandlers();
    registerIpc(ipcMain, fake.handlers);
    const answer = await registered.get('scopewise:settings.get')!(OWN_PAGE, {});
    expect(answer).toEqual({ ok: true, value: { servedBy: 'settings.get' } });
    expect(fake.spy('settings.get')).toHaveBeenCalledExactlyOnceWith({});
  });

  it.each(FOREIGN_SENDERS)('refuses every channel to %s with a typed error, running no handler', async (_who, event) => {
    const { ipcMain, registered } = fakeIpcMain();
    const fake = fakeHandlers();
    registerIpc(ipcMain, fake.handlers);
    for (const [channel, listener] of registered) {
      const answer = await listener(event, {});
      expect(answer, channel).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
    }
    expect(fake.calls()).toBe(0);
  });

  it('removes every handler it registered', () => {
    const { ipcMain, registered } = fakeIpcMain();
    const unregister = registerIpc(ipcMain, fakeHandlers().handlers);
    unregister();
    expect(registered.size).toBe(0);
  });
});

describe('serveIpcCall', () => {
  it('checks the sender before it looks at the payload', async () => {
    const fake = fakeHandlers();
    const answer = await serveIpcCall(fake.handlers, 'assessments.get', { senderFrame: { url: 'https://evil.example/' } }, { id: 'not-a-uuid' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers a malformed payload from our own page with a typed error naming the field, and runs no handler', async () => {
    const fake = fakeHandlers();
    for (const payload of [{ id: 'not-a-uuid' }, { id: 42 }, 'text', [1, 2], { id: '00000000-0000-4000-8000-000000000000', extra: true }]) {
      const answer = await serveIpcCall(fake.handlers, 'assessments.get', OWN_PAGE, payload);
      expect(answer, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.any(String) } });
    }
    expect(fake.calls()).toBe(0);
  });

  it('answers an unknown channel with not_found', async () => {
    const answer = await serveIpcCall(fakeHandlers().handlers, 'shell.exec', OWN_PAGE, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('turns a handler crash into a plain internal error, with no stack or internals, and logs it', async () => {
    const fake = fakeHandlers();
    fake.spy('settings.get').mockRejectedValueOnce(new Error('SQLITE_CORRUPT at /home/me/.config/Scopewise/scopewise.db'));
    const log = vi.fn();
    const answer = await serveIpcCall(fake.handlers, 'settings.get', OWN_PAGE, {}, log);
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: expect.any(String) } });
    expect(JSON.stringify(answer)).not.toMatch(/SQLITE|\/home|at .*\.ts|Error:/);
    expect(log).toHaveBeenCalledOnce();
  });
});
