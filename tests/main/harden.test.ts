// Navigation, new windows, webviews and permissions are refused (electron/main/harden.ts), driven with fake
// webContents and session objects that record the handlers the code installs.
import { describe, expect, it, vi } from 'vitest';

import { denyPermissions, type HardenableContents, hardenContents, type PermissionSession } from '../../electron/main/harden';

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents: HardenableContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  /** Emits an event the way Electron does; true when some listener prevented it. */
  const emit = (event: string, url = ''): boolean => {
    const handlers = listeners.get(event) ?? [];
    expect(handlers.length, `a listener for ${event}`).toBeGreaterThan(0);
    let prevented = false;
    for (const handler of handlers) handler({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  const open = (url: string) => {
    expect(openHandler, 'a window open handler').not.toBeNull();
    return openHandler!({ url });
  };
  return { contents, emit, open };
}

describe('hardenContents', () => {
  it('stops navigation and redirects to anything but the app’s own pages', () => {
    const { contents, emit } = fakeContents();
    hardenContents(contents, vi.fn());
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)', 'data:text/html,hi', 'about:blank']) {
        expect(emit(event, url), `${event} ${url}`).toBe(true);
      }
    }
  });

  it('lets the app navigate between its own pages', () => {
    const { contents, emit } = fakeContents();
    hardenContents(contents, vi.fn());
    expect(emit('will-navigate', 'app://scopewise/index.html')).toBe(false);
    expect(emit('will-redirect', 'app://scopewise/index.html#/settings')).toBe(false);
  });

  it('refuses to attach a <webview>', () => {
    const { contents, emit } = fakeContents();
    hardenContents(contents, vi.fn());
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('denies every window.open, handing http(s) links to the system browser', () => {
    const openExternal = vi.fn();
    const { contents, open } = fakeContents();
    hardenContents(contents, openExternal);
    expect(open('https://www.djangoproject.com/')).toEqual({ action: 'deny' });
    expect(open('http://example.com/')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://www.djangoproject.com/'], ['http://example.com/']]);
  });

  it('never opens javascript:, file:, app: or other schemes, in the app or outside it', () => {
    const openExternal = vi.fn();
    const { contents, open } = fakeContents();
    hardenContents(contents, openExternal);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'app://scopewise/index.html', 'smb://host/share', 'about:blank', '']) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('denyPermissions', () => {
  function fakeSession() {
    let request: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | null = null;
    let check: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | null = null;
    const session: PermissionSession = {
      setPermissionRequestHandler: (handler) => void (request = handler),
      setPermissionCheckHandler: (handler) => void (check = handler),
    };
    return { session, request: () => request, check: () => check };
  }

  it('answers every permission request with a refusal', () => {
    const fake = fakeSession();
    denyPermissions(fake.session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown']) {
      const callback = vi.fn();
      fake.request()!({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('answers every permission check with no', () => {
    const fake = fakeSession();
    denyPermissions(fake.session);
    expect(fake.check()!()).toBe(false);
  });
});
