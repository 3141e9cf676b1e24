// The app:// protocol (electron/main/protocol.ts): the built renderer is served from its folder with the CSP
// header, and nothing outside that folder or under another host is ever served.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { appResponse, type ProtocolLike, registerAppScheme, serveAppProtocol } from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/web/security-policy';

let root = '';
let rendererDir = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scopewise-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Scopewise</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("app")');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  // Files beside and above the renderer folder that a traversal would try to reach.
  writeFileSync(join(root, 'secret.txt'), 'TOP SECRET');
  writeFileSync(join(root, 'renderer-secret.txt'), 'TOP SECRET');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('appResponse', () => {
  it('serves index.html for / and /index.html, as HTML with the Content-Security-Policy header', async () => {
    for (const url of ['app://scopewise/', 'app://scopewise/index.html', 'app://scopewise/index.html?x=1#/settings']) {
      const response = await appResponse(url, rendererDir);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).toContain('<title>Scopewise</title>');
    }
  });

  it('serves the bundles with their types and the same header', async () => {
    const script = await appResponse('app://scopewise/assets/index-abc.js', rendererDir);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await appResponse('app://scopewise/assets/index-abc.css', rendererDir)).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each([
    'app://scopewise/../../etc/passwd',
    'app://scopewise/../secret.txt',
    'app://scopewise/%2e%2e/secret.txt',
    'app://scopewise/%2E%2E/%2e%2e/etc/passwd',
    'app://scopewise/..%2fsecret.txt',
    'app://scopewise/%2e%2e%2fsecret.txt',
    'app://scopewise/assets/..%2f..%2fsecret.txt',
    'app://scopewise/..%5csecret.txt',
    'app://scopewise/%252e%252e/secret.txt',
    'app://scopewise/../renderer-secret.txt',
    'app://scopewise/..%2frenderer-secret.txt',
    'app://scopewise/%2fetc%2fpasswd',
    'app://scopewise//etc/passwd',
    'app://scopewise/index.html%00.png',
    'app://scopewise/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await appResponse(url, rendererDir);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toContain('SECRET');
    expect(body).not.toContain('root:');
  });

  it.each(['app://evil/index.html', 'app://scopewise.evil.example/index.html', 'app://localhost/index.html', 'app://scopewise:8080/index.html'])(
    'refuses another host: %s',
    async (url) => {
      expect((await appResponse(url, rendererDir)).status).toBe(404);
    },
  );

  it('answers 404 for a missing file or a folder', async () => {
    expect((await appResponse('app://scopewise/missing.js', rendererDir)).status).toBe(404);
    expect((await appResponse('app://scopewise/assets/', rendererDir)).status).toBe(404);
  });
});

describe('registering the scheme', () => {
  function fakeProtocol() {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    return protocol satisfies ProtocolLike;
  }

  it('registers app:// as a standard, secure scheme, without bypassing the CSP', () => {
    const protocol = fakeProtocol();
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves app:// requests with appResponse', async () => {
    const protocol = fakeProtocol();
    serveAppProtocol(protocol, rendererDir);
    expect(protocol.handle).toHaveBeenCalledOnce();
    const [scheme, handler] = protocol.handle.mock.calls[0] as [string, (request: { url: string }) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler({ url: 'app://scopewise/index.html' })).status).toBe(200);
    expect((await handler({ url: 'app://scopewise/../secret.txt' })).status).toBe(404);
  });
});
