/// <reference lib="dom" />
// The browser transport as a real process: token required, loopback only, same-origin only, every channel reachable,
// nothing outside the built UI served; and the built UI loads in Debian's Chromium through it.
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/api/channels';
import { launchChromium } from './chromium';
import { startServe, type ServeProcess } from './serve-process';

let serve: ServeProcess;
beforeAll(async () => {
  serve = await startServe();
}, 120_000);
afterAll(async () => serve?.stop());

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(method: string, path: string, options: { body?: string; headers?: Record<string, string>; host?: string } = {}): Promise<Reply> {
  const url = new URL(path, serve.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: options.host ?? url.hostname, port: url.port, path: url.pathname + url.search, method, headers: { 'Content-Type': 'application/json', ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const withToken = (): Record<string, string> => ({ 'X-Scopewise-Token': serve.token });

describe('scopewise serve', () => {
  it('prints a 127.0.0.1 URL carrying a long random token as its first line', () => {
    expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32,}$/);
  });

  it('answers 401 to a request without the token, and the request touches nothing', async () => {
    const refused = await send('POST', '/api/assessments.create', { body: JSON.stringify({ fields: { clientName: 'Intruder' } }) });
    expect(refused.status).toBe(401);
    const wrong = await send('POST', '/api/assessments.create', { body: '{}', headers: { 'X-Scopewise-Token': 'x'.repeat(32) } });
    expect(wrong.status).toBe(401);
    expect((await send('GET', '/')).status).toBe(401);
    expect((await send('GET', '/index.html')).status).toBe(401);
    const list = JSON.parse((await send('POST', '/api/assessments.list', { body: '{}', headers: withToken() })).body);
    expect(list).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('trades the token in the URL for a same-site cookie and a clean address', async () => {
    const reply = await send('GET', serve.url);
    expect(reply.status).toBe(303);
    expect(reply.headers.location).toBe('/');
    expect(String(reply.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('listens on the loopback interface only', async () => {
    const port = new URL(serve.origin).port;
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !i.internal && i.family === 'IPv4')
      .map((i) => i!.address);
    for (const address of ['::1', ...others]) {
      await expect(send('GET', `http://127.0.0.1:${port}/`, { host: address }), address).rejects.toThrow(/ECONNREFUSED|EADDRNOTAVAIL|ENETUNREACH/);
    }
    expect((await send('GET', `http://127.0.0.1:${port}/`)).status).toBe(401);
  });

  it('refuses another host name (DNS rebinding) and a cross-origin page, even with the token', async () => {
    const port = new URL(serve.origin).port;
    expect((await send('POST', '/api/settings.get', { body: '{}', headers: { ...withToken(), Host: `evil.example:${port}` } })).status).toBe(421);
    expect((await send('POST', '/api/settings.get', { body: '{}', headers: { ...withToken(), Origin: 'https://evil.example' } })).status).toBe(403);
  });

  it('reaches every channel of the contract, each answering a typed value or error', async () => {
    for (const channel of CHANNEL_NAMES) {
      const reply = await send('POST', `/api/${channel}`, { body: '"not an object"', headers: withToken() });
      expect(reply.status, channel).toBe(200);
      expect(JSON.parse(reply.body), channel).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const created = JSON.parse((await send('POST', '/api/assessments.create', { body: JSON.stringify({ fields: { clientName: 'Ωmega' } }), headers: withToken() })).body);
    expect(created).toMatchObject({ ok: true, value: { clientName: 'Ωmega' } });
    const unknown = JSON.parse((await send('POST', '/api/assessments.explode', { body: '{}', headers: withToken() })).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const notJson = await send('POST', '/api/assessments.list', { body: '{', headers: withToken() });
    expect(notJson.status).toBe(400);
  });

  it('serves nothing outside the built UI', async () => {
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fpackage.json', '/%00']) {
      const reply = await send('GET', path, { headers: withToken() });
      expect(reply.status, path).toBe(404);
    }
    const index = await send('GET', '/', { headers: withToken() });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });

  it('loads the built UI in Chromium, which then talks to the API through its cookie', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(serve.url);
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).search).toBe('');
      await expect(page.title()).resolves.toBe('Scopewise');
      await page.waitForFunction(() => (document.getElementById('app')?.children.length ?? 0) > 0);
      const settings = await page.evaluate(async () => (await fetch('/api/settings.get', { method: 'POST', body: '{}' })).json());
      expect(settings).toMatchObject({ ok: true, value: { branding: { companyName: 'Codism.io' } } });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
